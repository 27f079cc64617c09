<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

/**
 * Minimal stand-in for Laravel\Octane\Worker: the application is booted once
 * and every request of the worker's life is handled by that same instance.
 */
class Worker
{
    /** @var array<string, array{0: string, 1: string}> */
    private array $routes = [];

    public function __construct(private Container $app)
    {
    }

    public function boot(array $routes): void
    {
        $this->routes = $routes;
        Facade::setFacadeApplication($this->app);
    }

    public function handle(Request $request): JsonResponse
    {
        // Octane resets resolved facade instances between requests, but the
        // container (and its singletons) lives as long as the worker.
        Facade::clearResolvedInstances();

        foreach ($this->routes as $pattern => [$controller, $action]) {
            if (preg_match('#^' . $pattern . '$#', $request->path(), $m)) {
                $request->setRouteParameters(array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));

                return $this->app->make($controller)->$action($request);
            }
        }

        return new JsonResponse(['message' => 'Not Found'], 404);
    }
}
