<?php

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

class Router
{
    protected array $routes = [];

    public function __construct(protected Container $container) {}

    public function get(string $uri, array|string $action): void { $this->routes['GET'][$uri] = $action; }

    public function dispatch(Request $request): mixed
    {
        foreach ($this->routes[$request->method] ?? [] as $uri => $action) {
            if (preg_match('#^' . preg_replace('#\{(\w+)\}#', '(?<$1>[^/]+)', $uri) . '$#', $request->path, $m)) {
                [$class, $method] = is_array($action) ? $action : [$action, '__invoke'];
                $params = array_values(array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));

                return $this->container->make($class)->$method($request, ...$params);
            }
        }
        throw new \RuntimeException("No route matches [{$request->path}]");
    }
}
