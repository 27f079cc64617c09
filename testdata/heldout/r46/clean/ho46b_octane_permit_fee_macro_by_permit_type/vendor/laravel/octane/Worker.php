<?php

namespace Laravel\Octane;

use Closure;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;

/**
 * Boots the application once per worker process and handles every request in a
 * clone of it ("sandbox"). Scoped instances are forgotten after each request;
 * singletons and anything static live as long as the worker.
 */
final class Worker
{
    private ?Application $app = null;

    public function __construct(private Closure $appFactory)
    {
    }

    public function boot(): void
    {
        $this->app = ($this->appFactory)();
    }

    public function handle(Request $request): mixed
    {
        $sandbox = clone $this->app;
        $sandbox->instance('request', $request);

        try {
            $router = $sandbox->make('router');
            return $router($sandbox, $request);
        } finally {
            $sandbox->forgetScopedInstances();
            $this->app->forgetScopedInstances();
        }
    }
}
