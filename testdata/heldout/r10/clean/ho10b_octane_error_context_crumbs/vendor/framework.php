<?php

declare(strict_types=1);

namespace Illuminate\Http {
    class Request
    {
        public array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $query = [],
            public readonly array $headers = [],
        ) {
        }

        public function path(): string
        {
            return trim(parse_url($this->uri, PHP_URL_PATH) ?: '/', '/');
        }

        public function header(string $name, ?string $default = null): ?string
        {
            return $this->headers[strtolower($name)] ?? $default;
        }
    }

    class Response
    {
        public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace Illuminate\Container {
    use Closure;

    class Container
    {
        protected static ?Container $instance = null;
        protected array $bindings = [];
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(Container $container): void
        {
            static::$instance = $container;
        }

        public function singleton(string $abstract, Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): mixed
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            if (!isset($this->bindings[$abstract])) {
                return $this->instances[$abstract] = new $abstract();
            }

            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }
    }
}

namespace Illuminate\Events {
    class Dispatcher
    {
        protected array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Foundation\Http {
    use Closure;
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class Kernel
    {
        /** @var list<class-string> */
        protected array $middleware = [];

        /** @var array<string, callable> */
        protected array $routes = [];

        public function __construct(protected Container $app)
        {
        }

        public function handle(Request $request): Response
        {
            $destination = function (Request $request): Response {
                $action = $this->routes[$request->method . ' ' . $request->path()] ?? null;
                if ($action === null) {
                    return new Response('Not Found', 404);
                }

                return $action($request);
            };

            $pipeline = array_reduce(
                array_reverse($this->middleware),
                fn (Closure $next, string $middleware) => fn (Request $request) => $this->app->make($middleware)->handle($request, $next),
                $destination,
            );

            return $pipeline($request);
        }
    }
}

namespace Laravel\Octane\Events {
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class RequestReceived
    {
        public function __construct(public Request $request)
        {
        }
    }

    final class RequestTerminated
    {
        public function __construct(public Request $request, public Response $response)
        {
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Foundation\Http\Kernel;
    use Illuminate\Http\Request;
    use Laravel\Octane\Events\RequestReceived;
    use Laravel\Octane\Events\RequestTerminated;

    /** One worker process: the application is booted once, then handles every request. */
    final class Worker
    {
        public int $bytesSent = 0;

        public function __construct(private Container $app, private Kernel $kernel, private Dispatcher $events)
        {
        }

        public function handle(Request $request): void
        {
            $this->events->dispatch(new RequestReceived($request));
            $response = $this->kernel->handle($request);
            $this->bytesSent += strlen($response->content);
            $this->events->dispatch(new RequestTerminated($request, $response));
        }
    }
}
