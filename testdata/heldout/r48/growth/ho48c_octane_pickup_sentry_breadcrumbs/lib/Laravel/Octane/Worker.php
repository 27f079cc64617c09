<?php

namespace Laravel\Octane\Events;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class RequestReceived
{
    public function __construct(public Application $app, public Application $sandbox, public Request $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public Application $app, public Application $sandbox, public Request $request, public Response $response)
    {
    }
}

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

// Stand-in for Octane's worker: the application is booted once, then every
// request runs the listeners configured in config/octane.php around the kernel.
final class Worker
{
    /** @var array<class-string, list<class-string>> */
    private array $listeners;

    public function __construct(private Application $app, array $octaneConfig)
    {
        $this->listeners = $octaneConfig['listeners'] ?? [];
    }

    public function handle(Request $request, callable $kernel): Response
    {
        $this->dispatch(new RequestReceived($this->app, $this->app, $request));
        $response = $kernel($this->app, $request);
        $this->dispatch(new RequestTerminated($this->app, $this->app, $request, $response));

        return $response;
    }

    private function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $this->app->make($listener)->handle($event);
        }
    }
}
