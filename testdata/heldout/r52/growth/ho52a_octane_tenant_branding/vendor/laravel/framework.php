<?php
// Minimal stand-ins for the parts of Illuminate and Laravel Octane this app uses.

namespace Illuminate\Container {
    class Container
    {
        /** @var array<string, array{concrete: \Closure, shared: bool}> */
        protected array $bindings = [];
        /** @var array<string, object> */
        protected array $instances = [];

        public function singleton(string $abstract, \Closure $concrete): void
        {
            $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
        }

        public function bind(string $abstract, \Closure $concrete): void
        {
            $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => false];
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
            $object = $binding ? ($binding['concrete'])($this) : new $abstract();
            if ($binding && $binding['shared']) {
                $this->instances[$abstract] = $object;
            }
            return $object;
        }

        public function forgetInstance(string $abstract): void
        {
            unset($this->instances[$abstract]);
        }
    }
}

namespace Illuminate\Foundation {
    use Illuminate\Container\Container;

    class Application extends Container
    {
        /** @var array<string, mixed> */
        private array $config = [];

        public function __construct(public readonly string $basePath)
        {
            $this->instance(self::class, $this);
        }

        public function loadConfig(string $name): void
        {
            $this->config[$name] = require $this->basePath . '/config/' . $name . '.php';
        }

        public function config(string $key, mixed $default = null): mixed
        {
            [$file, $item] = explode('.', $key, 2);
            return $this->config[$file][$item] ?? $default;
        }

        public function register(object $provider): void
        {
            $provider->register();
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(
            private string $host,
            private string $path,
            public array $query = [],
        ) {
        }

        public function getHost(): string
        {
            return $this->host;
        }

        public function path(): string
        {
            return $this->path;
        }
    }

    class Response
    {
        public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace Illuminate\Support\Facades {
    use Illuminate\Foundation\Application;

    abstract class Facade
    {
        protected static ?Application $app = null;
        /** @var array<string, object> */
        protected static array $resolvedInstance = [];

        public static function setFacadeApplication(Application $app): void
        {
            static::$app = $app;
        }

        abstract protected static function getFacadeAccessor(): string;

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();
            return static::$resolvedInstance[$name] ??= static::$app->make($name);
        }

        public static function clearResolvedInstances(): void
        {
            static::$resolvedInstance = [];
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;
    use Illuminate\Support\Facades\Facade;

    /**
     * Keeps one booted application for the life of the worker and hands it
     * every request; between requests it forgets the services the app listed
     * under octane.flush, as Octane's FlushTemporaryContainerInstances does.
     */
    class Worker
    {
        public function __construct(private Application $app, private \Closure $kernel)
        {
        }

        public function handle(Request $request): Response
        {
            try {
                return ($this->kernel)($this->app, $request);
            } finally {
                foreach ((array) $this->app->config('octane.flush', []) as $abstract) {
                    $this->app->forgetInstance($abstract);
                }
                Facade::clearResolvedInstances();
            }
        }
    }
}
