<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Facade;

class Worker
{
    protected ?Application $app = null;

    public function __construct(protected ApplicationFactory $appFactory)
    {
    }

    public function boot(): void
    {
        $this->app = $this->appFactory->createApplication();
    }

    public function handle(Request $request): Response
    {
        // Each request runs in a clone of the booted application.
        $sandbox = clone $this->app;
        $sandbox->forgetScopedInstances();

        Container::setInstance($sandbox);
        Facade::clearResolvedInstances();
        Facade::setFacadeApplication($sandbox);

        try {
            $kernel = $sandbox->make('http.kernel');
            $response = $kernel->handle($request);
            $kernel->terminate($request, $response);
        } finally {
            Container::setInstance($this->app);
            Facade::clearResolvedInstances();
            Facade::setFacadeApplication($this->app);
        }

        return $response;
    }
}
