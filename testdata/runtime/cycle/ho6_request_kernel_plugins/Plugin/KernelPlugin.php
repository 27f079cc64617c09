<?php
// Base class for request-kernel plugins: each plugin is constructed with the kernel it extends.

abstract class KernelPlugin
{
    public function __construct(protected RequestKernel $kernel) {} // leak

    abstract public function onRequest(array $request): array;
}
