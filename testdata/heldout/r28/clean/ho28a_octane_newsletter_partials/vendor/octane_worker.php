<?php

namespace Octane;

/**
 * Stand-in for the Octane worker: the application is booted once, then every
 * incoming request is handed to the same kernel instance.
 */
final class Worker
{
    public function __construct(private \Closure $kernel)
    {
    }

    public function run(iterable $requests): void
    {
        foreach ($requests as $request) {
            ($this->kernel)($request);
        }
    }
}
