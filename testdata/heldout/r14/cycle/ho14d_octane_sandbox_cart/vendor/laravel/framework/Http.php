<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $query = [],
        public readonly array $cookies = [],
        public readonly array $headers = [],
    ) {
    }

    public function cookie(string $name, ?string $default = null): ?string
    {
        return $this->cookies[$name] ?? $default;
    }
}

class Response
{
    public function __construct(public readonly string $content, public readonly int $status = 200, public readonly array $headers = [])
    {
    }
}
