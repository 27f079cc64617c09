<?php

declare(strict_types=1);

namespace Laravel\Octane;

/**
 * Minimal stand-in of an Octane worker: the application is booted once and
 * every request is handed to the same kernel.
 */
final class Worker
{
    /** @param \Closure(array): string $kernel */
    public function __construct(private readonly \Closure $kernel)
    {
    }

    public function serve(iterable $requests): void
    {
        foreach ($requests as $request) {
            ($this->kernel)($request);
        }
    }
}
