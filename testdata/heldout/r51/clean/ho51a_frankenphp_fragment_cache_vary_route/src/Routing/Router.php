<?php

namespace App\Routing;

final class Router
{
    /** @param array<string, string> $routes route name => pattern */
    public function __construct(private array $routes)
    {
    }

    public function match(string $path): ?Route
    {
        foreach ($this->routes as $name => $pattern) {
            if (preg_match($pattern, $path, $m)) {
                return new Route($name, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
            }
        }

        return null;
    }
}
