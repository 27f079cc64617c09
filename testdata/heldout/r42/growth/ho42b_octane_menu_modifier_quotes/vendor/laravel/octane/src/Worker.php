<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

/**
 * Stand-in for Laravel\Octane\Worker: the application is booted once, and
 * every request runs against a sandbox clone of it, with the facades
 * pointed at the sandbox and their resolved instances cleared.
 */
final class Worker
{
    /** @param list<string> $warm services resolved once at boot (config octane.warm) */
    public function __construct(private readonly Container $app, array $warm = [])
    {
        foreach ($warm as $abstract) {
            $this->app->make($abstract);
        }
    }

    /** @param iterable<array> $requests */
    public function run(iterable $requests, callable $kernel): void
    {
        foreach ($requests as $request) {
            $sandbox = clone $this->app;
            Container::setInstance($sandbox);
            Facade::clearResolvedInstances();
            Facade::setFacadeApplication($sandbox);

            try {
                $kernel($sandbox, $request);
            } finally {
                Container::setInstance($this->app);
                Facade::setFacadeApplication($this->app);
                unset($sandbox);
            }
        }
    }
}
