<?php

namespace Octane\Stub;

final class Request
{
    public function __construct(
        public readonly string $path,
        public readonly array $payload,
        public readonly int $receivedAt,
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->payload[$key] ?? $default;
    }
}

final class Worker
{
    public function __construct(private Container $app, private \Closure $kernel)
    {
    }

    public function handle(Request $request): array
    {
        try {
            return ($this->kernel)($request);
        } finally {
            $this->app->forgetScopedInstances();
        }
    }
}
