<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

/**
 * Keeps one booted application in memory and hands it every request.
 */
class Worker
{
    /** @param \Closure(Container, Request): mixed $kernel */
    public function __construct(protected Container $app, protected \Closure $kernel, protected array $scoped = [])
    {
    }

    public function handle(Request $request): mixed
    {
        try {
            return ($this->kernel)($this->app, $request);
        } finally {
            $this->app->forgetScopedInstances($this->scoped);
        }
    }
}
