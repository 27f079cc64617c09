<?php

namespace OctaneLite;

/**
 * Stand-in for Octane's worker: hands every request to the router of the
 * application that was booted once.
 */
final class Worker
{
    private array $routes = [];

    public function __construct(private Application $app)
    {
    }

    public function post(string $path, array $action): void
    {
        $this->routes['POST ' . $path] = $action;
    }

    public function handle(Request $request): array
    {
        [$class, $method] = $this->routes[$request->method . ' ' . $request->path]
            ?? throw new \RuntimeException('404');
        return $this->app->make($class)->$method($request);
    }
}
