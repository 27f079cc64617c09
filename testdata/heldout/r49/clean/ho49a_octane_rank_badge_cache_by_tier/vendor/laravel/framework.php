<?php
// Minimal stand-ins for the parts of Laravel / Octane this worker touches.

namespace Illuminate\Container {
    class Container
    {
        protected array $bindings = [];
        protected array $instances = [];

        public function singleton(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
        }

        public function bind(string $abstract, \Closure $factory): void
        {
            $this->bindings[$abstract] = ['factory' => $factory, 'shared' => false];
        }

        public function instance(string $abstract, object $instance): object
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            $binding = $this->bindings[$abstract] ?? null;
            if ($binding === null) {
                throw new \RuntimeException("Target [$abstract] is not bound.");
            }
            $object = ($binding['factory'])($this);
            if ($binding['shared']) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }

        public function resolved(string $abstract): bool
        {
            return isset($this->instances[$abstract]);
        }
    }
}

namespace Illuminate\Config {
    class Repository
    {
        public function __construct(private array $items = [])
        {
        }

        public function get(string $key, mixed $default = null): mixed
        {
            $value = $this->items;
            foreach (explode('.', $key) as $segment) {
                if (!is_array($value) || !array_key_exists($segment, $value)) {
                    return $default;
                }
                $value = $value[$segment];
            }
            return $value;
        }
    }
}

namespace Illuminate\Foundation {
    use Illuminate\Container\Container;

    class Application extends Container
    {
        public function __construct(public readonly string $basePath)
        {
            $this->instance('app', $this);
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

        public static function clearResolvedInstances(): void
        {
            static::$resolvedInstance = [];
        }

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();
            return static::$resolvedInstance[$name] ??= static::$app->make($name);
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
        public array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query = [],
            public readonly array $headers = [],
        ) {
        }

        public function segment(int $index): ?string
        {
            $parts = array_values(array_filter(explode('/', $this->path), 'strlen'));
            return $parts[$index - 1] ?? null;
        }

        public function query(string $key, mixed $default = null): mixed
        {
            return $this->query[$key] ?? $default;
        }
    }

    class Response
    {
        public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;
    use Illuminate\Support\Facades\Facade;

    /**
     * Octane boots the application once; each request runs in a clone of it
     * (the "sandbox"). Services listed in octane.warm are resolved on the
     * base application before the first request, so every sandbox shares them.
     */
    class Worker
    {
        public function __construct(private Application $app, private \Closure $kernel)
        {
        }

        public function boot(array $warm): void
        {
            foreach ($warm as $service) {
                $this->app->make($service);
            }
        }

        public function handle(Request $request): Response
        {
            $sandbox = clone $this->app;
            $sandbox->instance('request', $request);
            Facade::setFacadeApplication($sandbox);
            try {
                return ($this->kernel)($sandbox, $request);
            } finally {
                Facade::clearResolvedInstances();
                Facade::setFacadeApplication($this->app);
            }
        }
    }
}
