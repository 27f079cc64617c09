<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Contracts\Client;

/**
 * Keeps one booted application in memory and hands every incoming request to
 * it, resetting the per-request state Octane knows about in between.
 */
class Worker
{
    public function __construct(protected Application $app)
    {
    }

    public function boot(): void
    {
        $this->app->registerConfiguredProviders();
        $this->app->boot();
        Facade::setFacadeApplication($this->app);
        foreach ($this->app->config('octane.warm', []) as $service) {
            $this->app->make($service);
        }
    }

    public function run(Client $client): void
    {
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $max; $i++) {
            $request = $client->nextRequest($i);
            $this->handle($request, $client);
        }
    }

    protected function handle(\Illuminate\Http\Request $request, Client $client): void
    {
        $kernel = $this->app->make(Kernel::class);
        try {
            $response = $kernel->handle($request);
            $client->respond($request, $response);
            $kernel->terminate($request, $response);
        } finally {
            $this->flushRequestState();
        }
    }

    protected function flushRequestState(): void
    {
        foreach ($this->app->config('octane.flush', []) as $service) {
            $this->app->forgetInstance($service);
        }
        $this->app->forgetScopedInstances();
        Facade::clearResolvedInstances();
    }
}
