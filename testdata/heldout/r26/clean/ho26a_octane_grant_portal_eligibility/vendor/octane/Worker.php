<?php

namespace Laravel\Octane\Stub;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $input,
        public readonly array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

/**
 * Minimal stand-in for Octane's worker: one application instance, booted
 * once, handling requests until the process is recycled.
 */
final class Worker
{
    private int $handled = 0;

    public function __construct(private \Closure $kernel)
    {
    }

    public function handle(Request $request): Response
    {
        $this->handled++;
        return ($this->kernel)($request);
    }

    public function handledCount(): int
    {
        return $this->handled;
    }
}
