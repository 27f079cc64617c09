<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/**
 * Stand-in for Laravel\Octane\Worker: the booted application stays in memory,
 * every request is handled by a fresh sandbox and request-scoped services are
 * flushed afterwards.
 */
class Worker
{
    /** @param \Closure(Container, Request): Response $kernel */
    public function __construct(
        protected Container $app,
        protected \Closure $kernel,
        protected array $scoped = [],
    ) {
    }

    public function handle(Request $request): Response
    {
        $sandbox = clone $this->app;

        try {
            return ($this->kernel)($sandbox, $request);
        } finally {
            $sandbox->forgetScopedInstances($this->scoped);
            unset($sandbox);
        }
    }
}
