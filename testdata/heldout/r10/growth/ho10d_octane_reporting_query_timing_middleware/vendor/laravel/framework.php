<?php

declare(strict_types=1);

namespace Illuminate\Http
{
    class Request
    {
        public array $attributes = [];
        /** @var null|\Closure */
        protected $userResolver = null;

        public function __construct(
            protected string $method,
            protected string $path,
            protected array $query = [],
            protected array $headers = [],
        ) {
        }

        public function method(): string
        {
            return $this->method;
        }

        public function path(): string
        {
            return $this->path;
        }

        public function query(string $key, mixed $default = null): mixed
        {
            return $this->query[$key] ?? $default;
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->headers[strtolower($key)] ?? $default;
        }

        public function bearerToken(): ?string
        {
            $header = $this->header('authorization', '');

            return str_starts_with($header, 'Bearer ') ? substr($header, 7) : null;
        }

        public function setUserResolver(\Closure $callback): static
        {
            $this->userResolver = $callback;

            return $this;
        }

        public function user(): mixed
        {
            return $this->userResolver !== null ? ($this->userResolver)() : null;
        }
    }

    class Response
    {
        public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
        {
        }
    }

    class JsonResponse extends Response
    {
        public function __construct(mixed $data = null, int $status = 200, array $headers = [])
        {
            parent::__construct(json_encode($data), $status, $headers + ['Content-Type' => 'application/json']);
        }
    }
}

namespace Illuminate\Events
{
    class Dispatcher
    {
        /** @var array<string, list<callable>> */
        protected array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener; // leak
        }

        public function hasListeners(string $event): bool
        {
            return isset($this->listeners[$event]);
        }

        public function forget(string $event): void
        {
            unset($this->listeners[$event]);
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Container
{
    class Container
    {
        protected array $bindings = [];
        protected array $instances = [];
        protected array $scoped = [];

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function scoped(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
            $this->scoped[$abstract] = true;
        }

        public function instance(string $abstract, object $instance): object
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
        }

        public function forgetScopedInstances(): void
        {
            foreach (array_keys($this->scoped) as $abstract) {
                unset($this->instances[$abstract]);
            }
        }
    }
}

namespace Illuminate\Database
{
    use Illuminate\Events\Dispatcher;

    final class QueryExecuted
    {
        public function __construct(public readonly string $sql, public readonly array $bindings, public readonly float $time)
        {
        }
    }

    class Connection
    {
        private int $queries = 0;

        public function __construct(private readonly Dispatcher $events)
        {
        }

        public function select(string $sql, array $bindings = []): array
        {
            $time = 0.4 + ($this->queries++ % 10) / 10;
            $this->events->dispatch(new QueryExecuted($sql, $bindings, $time));

            return [['id' => $bindings[0] ?? 0, 'total' => 100 * count($bindings)]];
        }
    }
}

namespace Illuminate\Foundation\Http
{
    use Closure;
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class Kernel
    {
        /** @param list<string> $middleware */
        public function __construct(
            protected Container $app,
            protected array $middleware,
            protected Closure $router,
        ) {
        }

        public function handle(Request $request): Response
        {
            $destination = fn (Request $request): Response => ($this->router)($request);
            $pipeline = array_reduce(
                array_reverse($this->middleware),
                fn (Closure $next, string $middleware): Closure => fn (Request $request): Response => $this->app->make($middleware)->handle($request, $next),
                $destination,
            );

            return $pipeline($request);
        }
    }
}
