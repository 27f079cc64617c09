<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;

/**
 * Stand-in for the Octane worker: one application, many requests. Scoped
 * bindings listed in config are forgotten after every request; singletons
 * are kept.
 */
final class Worker
{
    /** @param list<string> $scoped */
    public function __construct(
        private Container $app,
        private array $scoped = [],
    ) {
    }

    public function handle(array $request): array
    {
        try {
            $kernel = $this->app->make('http.kernel');
            return $kernel($request);
        } finally {
            $this->app->forgetScopedInstances($this->scoped);
        }
    }
}
