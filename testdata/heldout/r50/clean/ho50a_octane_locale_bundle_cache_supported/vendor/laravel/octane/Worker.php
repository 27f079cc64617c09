<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Facade;

/**
 * Minimal stand-in for Laravel Octane's worker: the application is booted
 * once, the services listed in octane.warm are resolved on the base
 * container, and every request runs on a clone ("sandbox") of it.
 */
class Worker
{
    public function __construct(private Container $app)
    {
    }

    public function boot(): void
    {
        foreach ($this->app->make('config')->get('octane.warm', []) as $service) {
            $this->app->make($service);
        }
    }

    public function handle(Request $request): Response
    {
        $sandbox = clone $this->app;
        Container::setInstance($sandbox);
        Facade::clearResolvedInstances();

        try {
            return $sandbox->make('kernel')->handle($request);
        } finally {
            Container::setInstance($this->app);
            Facade::clearResolvedInstances();
        }
    }
}
