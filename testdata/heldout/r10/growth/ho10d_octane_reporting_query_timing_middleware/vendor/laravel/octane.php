<?php

declare(strict_types=1);

namespace Laravel\Octane\Events
{
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class RequestReceived
    {
        public function __construct(public readonly Container $app, public readonly Request $request)
        {
        }
    }

    final class RequestTerminated
    {
        public function __construct(public readonly Container $app, public readonly Request $request, public readonly Response $response)
        {
        }
    }
}

namespace Laravel\Octane
{
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Foundation\Http\Kernel;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;
    use Laravel\Octane\Events\RequestReceived;
    use Laravel\Octane\Events\RequestTerminated;

    interface Client
    {
        public function marshalRequest(): ?Request;

        public function respond(Response $response): void;
    }

    final class Worker
    {
        public function __construct(
            private readonly Container $app,
            private readonly Kernel $kernel,
            private readonly Dispatcher $events,
        ) {
        }

        public function run(Client $client): void
        {
            while ($request = $client->marshalRequest()) {
                $this->events->dispatch(new RequestReceived($this->app, $request));
                $response = $this->kernel->handle($request);
                $client->respond($response);
                $this->events->dispatch(new RequestTerminated($this->app, $request, $response));
                $this->app->forgetScopedInstances();
            }
        }
    }
}
