<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

/**
 * Stand-in for Octane's worker: the application is booted once and the
 * same container serves every request the worker receives.
 */
class Worker
{
    /** @var array<string, array{0: class-string, 1: string}> */
    protected array $routes = [];

    public function __construct(protected Container $app)
    {
    }

    public function get(string $path, array $action): void
    {
        $this->routes['GET ' . $path] = $action;
    }

    public function handle(Request $request): JsonResponse
    {
        $action = $this->routes[$request->method . ' ' . $request->path()] ?? null;
        if ($action === null) {
            return new JsonResponse(['message' => 'Not Found'], 404);
        }
        [$class, $method] = $action;

        return $this->app->make($class)->$method($request);
    }
}
