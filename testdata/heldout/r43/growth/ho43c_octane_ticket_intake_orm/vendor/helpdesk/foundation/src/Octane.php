<?php

namespace Helpdesk\Foundation;

final class RequestReceived
{
    public function __construct(public readonly Application $app, public readonly array $request) {}
}

final class RequestTerminated
{
    public function __construct(public readonly Application $app, public readonly array $request, public readonly array $response) {}
}

final class OctaneWorker
{
    public function __construct(private readonly Application $app, private readonly \Closure $kernel) {}

    public function handle(array $request): array
    {
        $this->app->dispatchEvent(RequestReceived::class, new RequestReceived($this->app, $request));
        $response = ($this->kernel)($request);
        $this->app->dispatchEvent(RequestTerminated::class, new RequestTerminated($this->app, $request, $response));

        return $response;
    }
}
