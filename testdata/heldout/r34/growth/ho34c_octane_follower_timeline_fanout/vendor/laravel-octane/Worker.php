<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;

final class RequestContext
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $payload,
        public readonly int $receivedAt,
    ) {
    }
}

final class Worker
{
    public function __construct(private Application $app)
    {
    }

    /** @param iterable<RequestContext> $requests */
    public function run(iterable $requests, callable $kernel): void
    {
        foreach ($requests as $request) {
            $kernel($this->app, $request);
        }
    }
}
