<?php

namespace Laravel\Octane;

use Illuminate\Contracts\Http\Kernel;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Laravel\Octane\Contracts\Client;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;
use Laravel\Octane\Events\WorkerStarting;

class Worker
{
    protected ?Application $app = null;

    public function __construct(protected ApplicationFactory $appFactory, protected Client $client)
    {
    }

    public function boot(array $initialInstances = []): void
    {
        $this->app = $this->appFactory->createApplication(array_merge($initialInstances, [Client::class => $this->client]));
        $this->app['events']->dispatch(new WorkerStarting($this->app));
    }

    /**
     * Handle an incoming request and send the response to the client.
     */
    public function handle(Request $request, RequestContext $context): void
    {
        CurrentApplication::set($sandbox = $this->app);
        $sandbox['events']->dispatch(new RequestReceived($this->app, $sandbox, $request));
        $kernel = $sandbox->make(Kernel::class);
        $response = $kernel->handle($request);
        $this->client->respond($context, new OctaneResponse($response));
        $kernel->terminate($request, $response);
        $sandbox['events']->dispatch(new RequestTerminated($this->app, $sandbox, $request, $response));
    }

    public function application(): Application
    {
        return $this->app;
    }
}
