<?php

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class Router
{
    /** @var array<string, array{0: class-string, 1: string}> */
    private array $routes = [];

    public function __construct(private Container $container)
    {
    }

    public function post(string $uri, array $action): void
    {
        $this->routes['POST ' . $uri] = $action;
    }

    public function dispatch(Request $request): JsonResponse
    {
        $action = $this->routes[$request->method() . ' ' . $request->path()] ?? null;
        if ($action === null) {
            return new JsonResponse(['message' => 'Not Found'], 404);
        }
        [$class, $method] = $action;

        return $this->container->make($class)->{$method}($request);
    }
}
