<?php

declare(strict_types=1);

namespace Illuminate\Http;

/** Trimmed stand-in for Illuminate\Http\Request. */
class Request
{
    /** @var array<string, string> */
    private array $routeParameters = [];

    public function __construct(
        private string $method,
        private string $path,
        private array $query = [],
        private array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method = 'GET', array $headers = []): self
    {
        $parts = parse_url($uri);
        parse_str($parts['query'] ?? '', $query);

        return new self($method, $parts['path'] ?? '/', $query, array_change_key_case($headers));
    }

    public function method(): string
    {
        return $this->method;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function query(string $key, ?string $default = null): ?string
    {
        return isset($this->query[$key]) ? (string) $this->query[$key] : $default;
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
