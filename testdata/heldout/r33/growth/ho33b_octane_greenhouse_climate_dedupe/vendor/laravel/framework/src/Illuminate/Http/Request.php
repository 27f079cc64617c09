<?php

namespace Illuminate\Http;

class Request
{
    /** @var array<string, string> */
    protected array $routeParameters = [];

    public function __construct(
        protected string $method,
        protected string $uri,
        protected array $json = [],
        protected array $headers = [],
    ) {
    }

    public static function create(string $uri, string $method, array $json, array $headers = []): static
    {
        return new static($method, $uri, $json, $headers);
    }

    public function setRouteParameters(array $parameters): void
    {
        $this->routeParameters = $parameters;
    }

    public function route(string $name): ?string
    {
        return $this->routeParameters[$name] ?? null;
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->json[$key] ?? $default;
    }

    public function all(): array
    {
        return $this->json;
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '', '/');
    }
}
