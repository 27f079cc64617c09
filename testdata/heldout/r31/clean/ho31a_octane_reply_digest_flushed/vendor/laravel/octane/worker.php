<?php

namespace Laravel\Octane\Events;

final class RequestReceived
{
    public function __construct(public readonly object $app, public readonly array $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly object $app, public readonly array $request, public readonly int $status)
    {
    }
}

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

final class Worker
{
    public function __construct(private Container $app, private \Closure $kernel)
    {
    }

    /** @param array{method:string,uri:string,body:array} $request */
    public function handle(array $request): int
    {
        /** @var Dispatcher $events */
        $events = $this->app->make('events');
        $events->dispatch(new RequestReceived($this->app, $request));
        $status = ($this->kernel)($request);
        $events->dispatch(new RequestTerminated($this->app, $request, $status));

        return $status;
    }
}
