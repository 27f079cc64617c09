<?php

namespace Routing;

final class RouteCollection implements \Countable
{
    /** @var array<string, Route> */
    private array $routes = [];

    public function add(Route $route): void
    {
        $this->routes[$route->getName()] = $route;
    }

    public function get(string $name): ?Route
    {
        return $this->routes[$name] ?? null;
    }

    /** @return \Generator<string, Route> */
    public function allowing(string $method): \Generator
    {
        foreach ($this->routes as $name => $route) {
            if ($route->allowsMethod($method)) {
                yield $name => $route;
            }
        }
    }

    public function count(): int
    {
        return count($this->routes);
    }
}
