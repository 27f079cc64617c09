<?php

declare(strict_types=1);

namespace App\Routing;

final class Route
{
    /** @param list<string> $methods */
    public function __construct(
        public readonly string $name,
        public readonly string $uri,
        public readonly array $methods = ['GET'],
        public readonly ?string $domain = null,
    ) {
    }

    /** @return list<string> */
    public function parameterNames(): array
    {
        preg_match_all('/\{(\w+)\??\}/', $this->uri, $matches);

        return $matches[1];
    }
}

final class RouteCollection
{
    /** @var array<string, Route> */
    private array $byName = [];

    public function add(Route $route): void
    {
        $this->byName[$route->name] = $route;
    }

    public function getByName(string $name): Route
    {
        return $this->byName[$name] ?? throw new \InvalidArgumentException("Route [{$name}] not defined.");
    }
}
