<?php

declare(strict_types=1);

namespace App\Http;

use App\Routing\Route;

final class Request
{
    private ?\Closure $routeResolver = null;

    /** @var array<string, mixed> */
    private array $attributes = [];

    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly string $body = '',
    ) {
    }

    public function setRouteResolver(\Closure $resolver): static
    {
        $this->routeResolver = $resolver;

        return $this;
    }

    public function route(?string $parameter = null): Route|string|null
    {
        $route = $this->routeResolver === null ? null : ($this->routeResolver)();
        if ($route === null || $parameter === null) {
            return $route;
        }

        return $route->parameter($parameter);
    }

    public function setAttribute(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }

    public function getAttribute(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
    {
    }
}
