<?php
// Base class for request-kernel plugins: each plugin is constructed with a read-only settings object.

abstract class KernelPlugin
{
    public function __construct(protected PluginSettings $settings) {}

    abstract public function onRequest(array $request): array;
}
