<?php

declare(strict_types=1);

namespace Illuminate\Container {
    // Stand-in for Illuminate\Container\Container (shared instances only).
    class Container
    {
        protected array $bindings = [];
        protected array $instances = [];

        public function singleton(string $abstract, \Closure $concrete): void
        {
            $this->bindings[$abstract] = $concrete;
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): mixed
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        public function forgetInstance(string $abstract): void
        {
            unset($this->instances[$abstract]);
        }

        public function resolved(string $abstract): bool
        {
            return isset($this->instances[$abstract]);
        }
    }
}

namespace Illuminate\Support\Facades {
    use Illuminate\Container\Container;

    abstract class Facade
    {
        protected static ?Container $app = null;
        protected static array $resolvedInstance = [];

        abstract protected static function getFacadeAccessor(): string;

        public static function setFacadeApplication(Container $app): void
        {
            static::$app = $app;
        }

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();
            return static::$resolvedInstance[$name] ??= static::$app->make($name);
        }

        public static function clearResolvedInstance(string $name): void
        {
            unset(static::$resolvedInstance[$name]);
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }
}

namespace Illuminate\Events {
    class Dispatcher
    {
        private array $listeners = [];

        public function listen(string $event, callable|string $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event, \Illuminate\Container\Container $app): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                if (is_string($listener)) {
                    $listener = $app->make($listener);
                }
                $listener($event);
            }
        }
    }
}

namespace Laravel\Octane\Events {
    final class RequestReceived
    {
        public function __construct(public readonly \Illuminate\Container\Container $app, public readonly array $request)
        {
        }
    }

    final class RequestTerminated
    {
        public function __construct(public readonly \Illuminate\Container\Container $app, public readonly array $request, public readonly array $response)
        {
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Laravel\Octane\Events\RequestReceived;
    use Laravel\Octane\Events\RequestTerminated;

    // Stand-in for Octane's worker: one booted application, services listed
    // under octane.warm resolved once, events around every request.
    final class Worker
    {
        public function __construct(
            private Container $app,
            private Dispatcher $events,
            private \Closure $kernel,
            array $warm,
        ) {
            foreach ($warm as $service) {
                $this->app->make($service);
            }
        }

        public function handle(array $request): array
        {
            $this->events->dispatch(new RequestReceived($this->app, $request), $this->app);
            $response = ($this->kernel)($request);
            $this->events->dispatch(new RequestTerminated($this->app, $request, $response), $this->app);
            return $response;
        }
    }
}
