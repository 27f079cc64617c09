<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

/**
 * Stand-in for Octane's worker: the application is booted once, every request
 * is handled on it, and a few per-request resolutions are flushed afterwards.
 */
final class Worker
{
    /** @var list<string> */
    private array $flushAfterRequest = ['request'];

    public function __construct(private Container $app)
    {
    }

    public function handle(Request $request): void
    {
        $this->app->instance('request', $request);
        $kernel = $this->app->make(Kernel::class);
        $response = $kernel->handle($request);
        $kernel->terminate($request, $response);
        foreach ($this->flushAfterRequest as $abstract) {
            $this->app->instance($abstract, new \stdClass());
        }
    }

    public function terminate(): void
    {
        Facade::clearResolvedInstances();
    }
}
