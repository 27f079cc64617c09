<?php

namespace Illuminate\Http;

class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
        public readonly array $headers = [],
        public readonly string $content = '',
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $headers = []): static
    {
        $parts = parse_url($uri);
        parse_str($parts['query'] ?? '', $query);

        return new static($method, $parts['path'] ?? '/', $query, array_change_key_case($headers));
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function route(string $param): ?string
    {
        return $this->attributes['route'][$param] ?? null;
    }
}
