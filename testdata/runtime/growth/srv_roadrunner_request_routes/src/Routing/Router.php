<?php

namespace App\Routing;

final class Router
{
    /** @var array<string, list<Route>> routes by tenant ('*' = every tenant) */
    private array $routes = [];

    /**
     * @param list<string> $middleware
     */
    public function add(string $method, string $path, string $action, ?string $tenant = null, array $middleware = []): Route
    {
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $path) . '$#';
        $route = new Route($method, $path, $regex, $action, $tenant, $middleware);
        $this->routes[$tenant ?? '*'][] = $route; // leak

        return $route;
    }

    /**
     * @return array{0: Route, 1: array<string, string>}|null
     */
    public function match(string $method, string $path, string $tenant): ?array
    {
        foreach ([...($this->routes[$tenant] ?? []), ...($this->routes['*'] ?? [])] as $route) {
            if ($route->method === $method && preg_match($route->regex, $path, $m)) {
                return [$route, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY)];
            }
        }

        return null;
    }
}
