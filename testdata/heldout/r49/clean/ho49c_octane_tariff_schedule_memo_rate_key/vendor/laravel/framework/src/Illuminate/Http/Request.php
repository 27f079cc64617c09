<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(
        private string $method,
        private string $uri,
        private array $query = [],
        private array $attributes = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = []): static
    {
        return new static($method, $uri, $parameters);
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function route(string $key): mixed
    {
        return $this->attributes[$key] ?? null;
    }

    public function setRouteParameters(array $parameters): void
    {
        $this->attributes = $parameters;
    }
}
