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
        protected array $body = [],
        protected array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $parameters = [], array $headers = []): static
    {
        $path = parse_url($uri, PHP_URL_PATH) ?: '/';
        parse_str((string) parse_url($uri, PHP_URL_QUERY), $query);
        return $method === 'GET'
            ? new static($method, $path, $query + $parameters, [], $headers)
            : new static($method, $path, $query, $parameters, $headers);
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return $this->uri;
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->body[$key] ?? $this->query[$key] ?? $default;
    }

    public function query(string $key, mixed $default = null): mixed
    {
        return $this->query[$key] ?? $default;
    }

    public function all(): array
    {
        return $this->body + $this->query;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }

    public function setRouteParameters(array $parameters): void
    {
        $this->routeParameters = $parameters;
    }

    public function route(string $key, mixed $default = null): mixed
    {
        return $this->routeParameters[$key] ?? $default;
    }
}
