<?php

namespace Illuminate\Lite;

class Request
{
    public function __construct(
        private array $query,
        private array $headers = [],
    ) {
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}
