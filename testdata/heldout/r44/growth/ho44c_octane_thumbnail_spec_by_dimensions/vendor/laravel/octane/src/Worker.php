<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Worker
{
    protected int $requestCount = 0;

    public function __construct(protected Application $app)
    {
    }

    public function boot(): void
    {
        $this->app->boot();
    }

    public function handle(Request $request): Response
    {
        $this->app->instance('request', $request);

        try {
            return $this->app->make('router')->dispatch($request);
        } finally {
            $this->app->forgetScopedInstances();
            $this->app->forgetInstance('request');
            $this->requestCount++;
        }
    }

    /**
     * Serve requests handed over by the server process until the worker's
     * request budget (max_requests) is spent.
     */
    public function serve(callable $nextRequest): void
    {
        $maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);

        for ($i = 0; $i < $maxRequests; $i++) {
            $this->handle($nextRequest($i));
        }
    }
}
