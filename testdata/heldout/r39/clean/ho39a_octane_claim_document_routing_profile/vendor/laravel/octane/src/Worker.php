<?php

namespace Laravel\Octane;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

/**
 * Trimmed stand-in for Octane's worker: the application is booted once and
 * every request runs against the same container; scoped bindings and the
 * facade cache are flushed after each response, singletons are not.
 */
class Worker
{
    public function __construct(
        private Container $app,
        private Closure $kernel,
    ) {
    }

    public function handle(Request $request): array
    {
        try {
            return ($this->kernel)($request);
        } finally {
            $this->app->forgetScopedInstances();
            Facade::clearResolvedInstances();
        }
    }
}
