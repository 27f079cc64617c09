<?php

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Router
{
    /** @var array<string, list<array{regex: string, action: array{0: class-string, 1: string}}>> */
    protected array $routes = [];

    public function __construct(protected Container $container)
    {
    }

    public function get(string $uri, array $action): void
    {
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $uri) . '$#';
        $this->routes['GET'][] = ['regex' => $regex, 'action' => $action];
    }

    public function dispatch(Request $request): Response
    {
        foreach ($this->routes[$request->method] ?? [] as $route) {
            if (preg_match($route['regex'], $request->path, $m)) {
                $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $request->attributes['route'] = $params;
                [$class, $method] = $route['action'];

                return $this->container->make($class)->$method($request, ...array_values($params));
            }
        }

        return new Response('Not Found', 404);
    }
}
