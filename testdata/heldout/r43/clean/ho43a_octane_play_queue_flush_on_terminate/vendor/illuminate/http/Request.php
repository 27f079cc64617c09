<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $input = [],
        private array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}
