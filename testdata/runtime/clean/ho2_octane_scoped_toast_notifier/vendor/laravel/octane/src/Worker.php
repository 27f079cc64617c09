<?php

namespace Laravel\Octane;

use Illuminate\Events\Dispatcher;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

/**
 * Keeps one booted application in memory and feeds it requests.
 */
class Worker
{
    private int $requestCount = 0;

    public function __construct(private Application $app)
    {
    }

    public function handle(Request $request): Response
    {
        $events = $this->app->make(Dispatcher::class);
        $events->dispatch(new RequestReceived($this->app, $this->app, $request));

        $kernel = $this->app->make(Kernel::class);
        $response = $kernel->handle($request);
        $kernel->terminate($request, $response);

        $events->dispatch(new RequestTerminated($this->app, $this->app, $request, $response));
        $this->app->forgetScopedInstances();
        $this->app->forgetInstance('request');
        $this->requestCount++;

        return $response;
    }

    public function requestCount(): int
    {
        return $this->requestCount;
    }
}
