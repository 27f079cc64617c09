<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private array $route,
        private array $query,
        private array $headers,
    ) {
    }

    public static function create(array $route, array $query = [], array $headers = []): self
    {
        return new self($route, $query, $headers);
    }

    public function route(string $key): mixed
    {
        return $this->route[$key] ?? null;
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, mixed $default = null): mixed
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}
