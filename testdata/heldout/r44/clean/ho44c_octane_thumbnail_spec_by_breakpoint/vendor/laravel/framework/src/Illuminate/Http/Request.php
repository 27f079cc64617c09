<?php

namespace Illuminate\Http;

class Request
{
    /** @var array<string, string> */
    protected array $routeParameters = [];

    public function __construct(
        protected string $method,
        protected string $uri,
        protected array $query = [],
        protected array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $headers = []): static
    {
        return new static(strtoupper($method), $uri, $parameters, array_change_key_case($headers, CASE_LOWER));
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function setRouteParameters(array $parameters): void
    {
        $this->routeParameters = $parameters;
    }

    public function route(string $name): ?string
    {
        return $this->routeParameters[$name] ?? null;
    }
}
