<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

/**
 * The long-lived part of an Octane worker: the booted application survives
 * every request; each request runs against a clone of it (the "sandbox").
 */
class Worker
{
    /** @var list<Response> */
    public array $sent = [];

    public function __construct(protected Application $app)
    {
    }

    public function boot(): void
    {
        $this->app->boot();

        // Services listed in octane.warm are resolved once, on the base
        // application, so every sandbox shares the same instance.
        foreach ($this->app->make('config')->get('octane.warm', []) as $service) {
            $this->app->make($service);
        }
    }

    public function handle(Request $request, RequestContext $context): Response
    {
        $sandbox = clone $this->app;
        $sandbox->instance('config', clone $this->app->make('config'));
        Container::setInstance($sandbox);
        Facade::clearResolvedInstances();
        Facade::setFacadeApplication($sandbox);

        try {
            $this->app->make('events')->dispatch(new RequestReceived($this->app, $sandbox, $request));
            $response = $sandbox->make(Kernel::class)->handle($request);
            $this->app->make('events')->dispatch(new RequestTerminated($this->app, $sandbox, $request, $response));

            return $response;
        } finally {
            Facade::clearResolvedInstances();
            Facade::setFacadeApplication($this->app);
            Container::setInstance($this->app);
            unset($sandbox);
        }
    }
}
