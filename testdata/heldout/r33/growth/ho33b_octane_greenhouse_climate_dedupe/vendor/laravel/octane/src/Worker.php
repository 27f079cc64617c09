<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

/**
 * Stand-in for Octane's worker: the application is booted once and every
 * request is handed to the same container; scoped instances are flushed
 * after each request, singletons are not.
 */
class Worker
{
    /** @var list<array{string, string, callable}> */
    protected array $routes = [];

    public function __construct(protected Container $app)
    {
    }

    public function route(string $method, string $pattern, callable $action): void
    {
        $this->routes[] = [$method, $pattern, $action];
    }

    public function handle(Request $request): JsonResponse
    {
        try {
            foreach ($this->routes as [$method, $pattern, $action]) {
                $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
                if (preg_match($regex, $request->path(), $m)) {
                    $request->setRouteParameters(array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
                    return $action($request);
                }
            }

            return new JsonResponse(['message' => 'Not Found'], 404);
        } finally {
            $this->app->forgetScopedInstances();
        }
    }
}
