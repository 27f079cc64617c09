<?php

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class Router
{
    /** @var list<array{method: string, regex: string, action: array}> */
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
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', '/' . trim($uri, '/')) . '$#';
        $this->routes[] = ['method' => $method, 'regex' => $regex, 'action' => $action];
    }

    public function dispatch(Request $request): JsonResponse
    {
        foreach ($this->routes as $route) {
            if ($route['method'] !== $request->method() || !preg_match($route['regex'], $request->path(), $m)) {
                continue;
            }
            $request->setRouteParameters(array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
            [$class, $method] = $route['action'];
            $controller = $this->container->make($class);
            return $controller->$method($request);
        }
        return new JsonResponse(['message' => 'Not Found'], 404);
    }
}
