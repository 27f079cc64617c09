<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

/**
 * Stand-in for Laravel\Octane\Worker: the application is booted once and
 * every request is handed to the same container. Scoped instances are
 * flushed after each request, singletons survive.
 */
class Worker
{
    /** @var array<string, callable> */
    private array $routes = [];

    public function __construct(private Container $app, private array $scoped = [])
    {
    }

    public function route(string $path, callable $action): void
    {
        $this->routes[$path] = $action;
    }

    public function handle(string $path, Request $request): mixed
    {
        try {
            return ($this->routes[$path])($request);
        } finally {
            $this->app->forgetScopedInstances($this->scoped);
        }
    }
}
