<?php

namespace Symfony\Component\Routing;

class RouteCollection implements \IteratorAggregate, \Countable
{
    /** @var array<string, Route> */
    private array $routes = [];

    public function add(string $name, Route $route): void
    {
        $this->routes[$name] = $route;
    }

    public function addCollection(self $collection): void
    {
        foreach ($collection->all() as $name => $route) {
            $this->routes[$name] = $route;
        }
    }

    public function all(): array
    {
        return $this->routes;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->routes);
    }

    public function count(): int
    {
        return \count($this->routes);
    }
}
