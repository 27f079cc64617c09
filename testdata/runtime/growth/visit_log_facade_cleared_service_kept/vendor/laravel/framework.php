<?php

// Stand-ins for the parts of Laravel and Octane the application uses.

namespace Illuminate\Container {
    class Container
    {
        private static ?Container $instance = null;

        /** @var array<string, \Closure> */
        private array $factories = [];

        /** @var array<string, object> */
        private array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public function singleton(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function make(string $id): object
        {
            return $this->instances[$id] ??= ($this->factories[$id])($this);
        }

        public function forgetInstance(string $id): void
        {
            unset($this->instances[$id]);
        }
    }
}

namespace Illuminate\Events {
    class Dispatcher
    {
        /** @var array<string, list<string>> */
        private array $listeners = [];

        public function __construct(private \Illuminate\Container\Container $app)
        {
        }

        public function listen(string $event, string $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $this->app->make($listener)($event);
            }
        }
    }
}

namespace Illuminate\Support\Facades {
    abstract class Facade
    {
        /** @var array<string, object> */
        protected static array $resolved = [];

        abstract protected static function getFacadeAccessor(): string;

        public static function clearResolvedInstance(string $name): void
        {
            unset(static::$resolved[$name]);
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            $id = static::getFacadeAccessor();
            $service = static::$resolved[$id] ??= \Illuminate\Container\Container::getInstance()->make($id);

            return $service->$method(...$args);
        }
    }
}

namespace Laravel\Octane\Events {
    final class RequestTerminated
    {
        public function __construct(public readonly \Illuminate\Container\Container $app)
        {
        }
    }
}
