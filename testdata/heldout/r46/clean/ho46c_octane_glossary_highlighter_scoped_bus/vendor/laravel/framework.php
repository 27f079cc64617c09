<?php

namespace Illuminate\Foundation {

    use Closure;

    /**
     * Minimal container: bindings are resolved lazily; shared ones are kept in
     * $instances for the life of the worker, scoped ones are forgotten by
     * Octane after every request (forgetScopedInstances()).
     */
    class Application
    {
        private static ?Application $instance = null;

        /** @var array<string, array{0: Closure, 1: bool}> */
        private array $bindings = [];
        /** @var array<string, object> */
        private array $instances = [];
        /** @var list<string> */
        private array $scopedAbstracts = [];
        /** @var list<\Illuminate\Support\ServiceProvider> */
        private array $providers = [];
        private bool $booted = false;

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Application $app): void
        {
            static::$instance = $app;
        }

        public function bind(string $abstract, Closure $concrete, bool $shared = false): void
        {
            unset($this->instances[$abstract]);
            $this->bindings[$abstract] = [$concrete, $shared];
        }

        public function singleton(string $abstract, Closure $concrete): void
        {
            $this->bind($abstract, $concrete, true);
        }

        public function scoped(string $abstract, Closure $concrete): void
        {
            $this->scopedAbstracts[] = $abstract;
            $this->singleton($abstract, $concrete);
        }

        public function instance(string $abstract, object $object): void
        {
            $this->instances[$abstract] = $object;
        }

        public function make(string $abstract): mixed
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            [$concrete, $shared] = $this->bindings[$abstract]
                ?? throw new \RuntimeException("Target [$abstract] is not bound.");
            $object = $concrete($this);
            if ($shared) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }

        public function forgetScopedInstances(): void
        {
            foreach ($this->scopedAbstracts as $abstract) {
                unset($this->instances[$abstract]);
            }
        }

        public function register(\Illuminate\Support\ServiceProvider $provider): void
        {
            $provider->register();
            $this->providers[] = $provider;
        }

        public function boot(): void
        {
            if ($this->booted) {
                return;
            }
            foreach ($this->providers as $provider) {
                $provider->boot();
            }
            $this->booted = true;
        }
    }
}

namespace Illuminate\Support {

    use Illuminate\Foundation\Application;

    abstract class ServiceProvider
    {
        public function __construct(protected Application $app)
        {
        }

        public function register(): void
        {
        }

        public function boot(): void
        {
        }
    }
}

namespace Illuminate\Support\Facades {

    use Illuminate\Foundation\Application;

    abstract class Facade
    {
        abstract protected static function getFacadeAccessor(): string;

        public static function getFacadeRoot(): object
        {
            // Octane swaps the container per request, so the root is always
            // looked up again instead of being cached on the facade.
            return Application::getInstance()->make(static::getFacadeAccessor());
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        public function __construct(
            public readonly string $path,
            public readonly array $input,
        ) {
        }

        public function input(string $key, mixed $default = null): mixed
        {
            return $this->input[$key] ?? $default;
        }
    }

    class JsonResponse
    {
        public function __construct(public readonly array $data, public readonly int $status = 200)
        {
        }
    }
}

namespace Laravel\Octane {

    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;

    /**
     * One Worker per process: the application is booted once; every request
     * runs against it and Octane flushes the scoped instances afterwards.
     */
    final class Worker
    {
        public function __construct(private Application $app, private \Closure $kernel)
        {
        }

        public function boot(): void
        {
            Application::setInstance($this->app);
            $this->app->boot();
        }

        public function handle(Request $request): mixed
        {
            Application::setInstance($this->app);
            try {
                return ($this->kernel)($this->app, $request);
            } finally {
                $this->app->forgetScopedInstances();
            }
        }
    }
}
