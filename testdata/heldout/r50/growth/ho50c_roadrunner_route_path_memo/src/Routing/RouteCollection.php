<?php

namespace App\Routing;

final class RouteCollection
{
    /** @var array<string, array{path: string, handler: array{0: class-string, 1: string}}> */
    private array $routes = [];

    public function add(string $name, string $path, array $handler): void
    {
        $this->routes[$name] = ['path' => $path, 'handler' => $handler];
    }

    public function template(string $name): string
    {
        return $this->routes[$name]['path'] ?? throw new \OutOfBoundsException("Unknown route {$name}");
    }

    /**
     * @return array{0: array{0: class-string, 1: string}, 1: array<string, string>}|null
     */
    public function match(string $path): ?array
    {
        foreach ($this->routes as $route) {
            $regex = '#^' . preg_replace(['#\{(\w+)\?\}#', '#\{(\w+)\}#'], ['(?:(?P<$1>[^/]+))?', '(?P<$1>[^/]+)'], $route['path']) . '$#';
            if (preg_match($regex, $path, $m)) {
                return [$route['handler'], array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY)];
            }
        }

        return null;
    }
}
