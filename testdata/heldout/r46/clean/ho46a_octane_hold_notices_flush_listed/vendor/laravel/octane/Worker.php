<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;

/**
 * Stand-in for Laravel\Octane\Worker. The base application lives for the
 * whole worker; services named in config('octane.warm') are resolved into it
 * at boot and therefore shared by every request. Each request runs in a
 * clone (the sandbox); afterwards the services in config('octane.flush') are
 * forgotten on the base application.
 */
final class Worker
{
    public function __construct(
        private Container $app,
        private array $config,
    ) {
    }

    public function boot(): void
    {
        foreach ($this->config['warm'] ?? [] as $abstract) {
            $this->app->make($abstract);
        }
    }

    public function handle(array $request): array
    {
        $sandbox = clone $this->app;

        try {
            $kernel = $sandbox->make('http.kernel');

            return $kernel($request, $sandbox);
        } finally {
            foreach ($this->config['flush'] ?? [] as $abstract) {
                $this->app->forgetInstance($abstract);
            }
            unset($sandbox);
        }
    }
}
