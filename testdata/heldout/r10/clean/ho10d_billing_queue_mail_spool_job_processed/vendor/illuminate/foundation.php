<?php

declare(strict_types=1);

namespace Illuminate\Events
{
    class Dispatcher
    {
        /** @var array<string, list<callable>> */
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

namespace Illuminate\Foundation
{
    use Closure;
    use Illuminate\Events\Dispatcher;

    class Application
    {
        /** @var array<string, Closure> */
        protected array $bindings = [];
        /** @var array<string, object> */
        protected array $instances = [];
        /** @var list<callable> */
        protected array $terminatingCallbacks = [];

        public function __construct(public readonly string $basePath)
        {
            $this->instances['events'] = new Dispatcher();
        }

        public function singleton(string $abstract, Closure $factory): void
        {
            $this->bindings[$abstract] = $factory;
        }

        public function make(string $abstract): object
        {
            if (!isset($this->instances[$abstract])) {
                $this->instances[$abstract] = ($this->bindings[$abstract])($this);
            }

            return $this->instances[$abstract];
        }

        public function register(object $provider): void
        {
            $provider->register();
            if (method_exists($provider, 'boot')) {
                $provider->boot();
            }
        }

        public function terminating(callable $callback): static
        {
            $this->terminatingCallbacks[] = $callback;

            return $this;
        }

        public function terminate(): void
        {
            foreach ($this->terminatingCallbacks as $callback) {
                $callback($this);
            }
        }
    }

    abstract class ServiceProvider
    {
        public function __construct(protected Application $app)
        {
        }

        abstract public function register(): void;
    }
}
