<?php

namespace Spiral\Stub;

final class PsrRequest
{
    public function __construct(
        private string $method,
        private string $path,
        private array $parsedBody,
        private array $attributes = [],
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class PsrResponse
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

/** RoadRunner PSR-7 worker stand-in: hands out requests until told to stop. */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $max, private \Closure $source)
    {
    }

    public function waitRequest(): ?PsrRequest
    {
        if ($this->served >= $this->max) {
            return null;
        }
        return ($this->source)($this->served++);
    }

    public function respond(PsrResponse $response): void
    {
    }
}
