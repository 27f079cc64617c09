<?php

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Router
{
    /** @var list<array{method: string, uri: string, pattern: string, action: array{0: class-string, 1: string}}> */
    protected array $routes = [];

    public function __construct(protected Container $container)
    {
    }

    public function get(string $uri, array $action): void
    {
        $this->addRoute('GET', $uri, $action);
    }

    public function post(string $uri, array $action): void
    {
        $this->addRoute('POST', $uri, $action);
    }

    protected function addRoute(string $method, string $uri, array $action): void
    {
        $pattern = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', trim($uri, '/')) . '$#';
        $this->routes[] = compact('method', 'uri', 'pattern', 'action');
    }

    public function dispatch(Request $request): Response
    {
        foreach ($this->routes as $route) {
            if ($route['method'] !== $request->method()) {
                continue;
            }
            if (preg_match($route['pattern'], $request->path(), $m)) {
                $parameters = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $request->setRouteParameters($parameters);
                [$class, $method] = $route['action'];
                $controller = $this->container->make($class);

                return $controller->{$method}($request, ...array_values($parameters));
            }
        }

        return new Response('Not Found', 404);
    }
}
