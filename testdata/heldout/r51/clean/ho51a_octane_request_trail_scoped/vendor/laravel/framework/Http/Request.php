<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private string $method,
        private string $uri,
        private array $headers = [],
        private array $query = [],
        private string $ip = '127.0.0.1',
    ) {
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function ip(): string
    {
        return $this->ip;
    }
}
