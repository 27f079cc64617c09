<?php
namespace Laravel\Octane\Events {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class RequestReceived
    {
        public function __construct(public Application $app, public Application $sandbox, public Request $request)
        {
        }
    }

    class RequestTerminated
    {
        public function __construct(public Application $app, public Application $sandbox, public Request $request, public Response $response)
        {
        }
    }
}

namespace Laravel\Octane\Listeners {
    use Laravel\Octane\Events\RequestReceived;

    class FlushTemporaryContainerInstances
    {
        public function handle(RequestReceived $event): void
        {
            $event->sandbox->forgetScopedInstances();
            foreach ($event->sandbox->make('config')['octane']['flush'] ?? [] as $binding) {
                $event->sandbox->forgetInstance($binding);
            }
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Foundation\Application;
    use Illuminate\Foundation\Http\Kernel;
    use Illuminate\Http\Request;
    use Laravel\Octane\Events\RequestReceived;
    use Laravel\Octane\Events\RequestTerminated;

    interface Client
    {
        /** @return iterable<Request> */
        public function requests(): iterable;
        public function respond(Request $request, \Illuminate\Http\Response $response): void;
    }

    final class Worker
    {
        private ?Application $app = null;

        public function __construct(private \Closure $appFactory, private Client $client)
        {
        }

        public function boot(): void
        {
            $this->app = ($this->appFactory)();
            $this->app->boot();
            foreach ($this->app->make('config')['octane']['warm'] ?? [] as $service) {
                $this->app->make($service);
            }
            $this->app->make('events')->listen(RequestReceived::class, Listeners\FlushTemporaryContainerInstances::class);
        }

        public function run(): void
        {
            foreach ($this->client->requests() as $request) {
                $this->handle($request);
            }
        }

        public function handle(Request $request): void
        {
            $sandbox = clone $this->app;
            Container::setInstance($sandbox);
            try {
                $events = $sandbox->make('events');
                $events->dispatch(new RequestReceived($this->app, $sandbox, $request));
                $kernel = $sandbox->make(Kernel::class);
                $response = $kernel->handle($request);
                $this->client->respond($request, $response);
                $kernel->terminate($request, $response);
                $events->dispatch(new RequestTerminated($this->app, $sandbox, $request, $response));
            } finally {
                Container::setInstance($this->app);
            }
        }
    }
}

namespace Laravel\Octane\Testing\Fakes {
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;
    use Laravel\Octane\Client;

    final class FakeClient implements Client
    {
        public int $responded = 0;

        /** @param \Closure(): iterable<Request> $requests */
        public function __construct(private \Closure $requests)
        {
        }

        public function requests(): iterable
        {
            yield from ($this->requests)();
        }

        public function respond(Request $request, Response $response): void
        {
            $this->responded++;
        }
    }
}
