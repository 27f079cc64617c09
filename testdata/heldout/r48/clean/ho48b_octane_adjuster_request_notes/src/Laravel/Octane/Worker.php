<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

/**
 * Stand-in for Octane's worker: the application is booted once and every
 * request runs against it; scoped instances are flushed after each one.
 */
final class Worker
{
    /** @param \Closure(Container, Request): array $kernel */
    public function __construct(private readonly Container $app, private readonly \Closure $kernel)
    {
    }

    public function handle(Request $request): array
    {
        $this->app->instance('request', $request);
        try {
            return ($this->kernel)($this->app, $request);
        } finally {
            $this->app->forgetInstance('request');
            $this->app->forgetScopedInstances();
        }
    }
}
