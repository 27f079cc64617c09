<?php

namespace Laravel\Octane;

/**
 * Stand-in for Laravel\Octane\Worker: the application is booted once and
 * every request is handed to the kernel closure in the same process.
 */
final class Worker
{
    /** @param \Closure(array): array $kernel */
    public function __construct(private \Closure $kernel)
    {
    }

    /** @param iterable<array> $requests */
    public function run(iterable $requests): int
    {
        $served = 0;
        foreach ($requests as $request) {
            $response = ($this->kernel)($request);
            $served += $response['status'] < 500 ? 1 : 0;
        }

        return $served;
    }
}
