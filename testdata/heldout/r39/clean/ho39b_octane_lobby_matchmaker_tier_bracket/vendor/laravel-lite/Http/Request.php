<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private array $query,
        private array $json,
        private array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}
