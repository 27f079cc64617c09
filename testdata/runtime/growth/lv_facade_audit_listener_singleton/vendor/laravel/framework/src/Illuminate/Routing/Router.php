<?php

namespace Illuminate\Routing;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use RuntimeException;

class Router
{
    /** @var list<Route> */
    protected array $routes = [];

    public function __construct(protected Dispatcher $events, protected Container $container)
    {
    }

    public function get(string $uri, array|Closure $action): Route
    {
        return $this->addRoute(['GET', 'HEAD'], $uri, $action);
    }

    public function post(string $uri, array|Closure $action): Route
    {
        return $this->addRoute(['POST'], $uri, $action);
    }

    public function addRoute(array $methods, string $uri, array|Closure $action): Route
    {
        $route = (new Route($methods, $uri, $action))->setContainer($this->container);
        $this->routes[] = $route;
        return $route;
    }

    public function dispatch(Request $request): Response
    {
        $route = $this->findRoute($request);
        $request->setRouteResolver(static fn () => $route);
        return $this->prepareResponse($route->run($request));
    }

    protected function findRoute(Request $request): Route
    {
        foreach ($this->routes as $route) {
            if ($route->matches($request)) {
                return $route;
            }
        }
        throw new RuntimeException('No route for ' . $request->getPathInfo());
    }

    protected function prepareResponse(mixed $response): Response
    {
        if ($response instanceof Response) {
            return $response;
        }
        if (is_array($response) || is_object($response)) {
            return new JsonResponse($response);
        }
        return new Response((string) $response);
    }
}
