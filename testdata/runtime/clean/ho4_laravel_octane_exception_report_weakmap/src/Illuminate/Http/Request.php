<?php

namespace Illuminate\Http;

class Request
{
    /**
     * @param array<string, string> $headers
     * @param array<string, mixed>  $query
     */
    public function __construct(
        protected string $method,
        protected string $path,
        protected array $headers = [],
        protected array $query = [],
    ) {
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function expectsJson(): bool
    {
        return str_contains($this->header('accept', ''), 'json');
    }
}
