<?php
// Minimal stand-ins for illuminate/container, illuminate/support,
// illuminate/http and illuminate/routing.

namespace Illuminate\Container {
    class Container
    {
        protected static ?Container $instance = null;
        /** @var array<string,array{concrete:\Closure,shared:bool}> */
        protected array $bindings = [];
        /** @var array<string,mixed> */
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Container $container): void
        {
            static::$instance = $container;
        }

        public function bind(string $abstract, \Closure $concrete, bool $shared = false): void
        {
            $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => $shared];
        }

        public function singleton(string $abstract, \Closure $concrete): void
        {
            $this->bind($abstract, $concrete, true);
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): mixed
        {
            if (array_key_exists($abstract, $this->instances)) {
                return $this->instances[$abstract];
            }
            if (isset($this->bindings[$abstract])) {
                $object = ($this->bindings[$abstract]['concrete'])($this);
                if ($this->bindings[$abstract]['shared']) {
                    $this->instances[$abstract] = $object;
                }
                return $object;
            }

            return $this->build($abstract);
        }

        protected function build(string $class): object
        {
            $ctor = (new \ReflectionClass($class))->getConstructor();
            if ($ctor === null) {
                return new $class();
            }
            $args = [];
            foreach ($ctor->getParameters() as $param) {
                $args[] = $this->make($param->getType()->getName());
            }

            return new $class(...$args);
        }
    }
}

namespace Illuminate\Foundation {
    use Illuminate\Container\Container;

    class Application extends Container
    {
        /** @var list<\Illuminate\Support\ServiceProvider> */
        private array $providers = [];

        public function __construct(public readonly string $basePath, private array $config = [])
        {
            static::setInstance($this);
            $this->instance(self::class, $this);
        }

        public function config(string $key, mixed $default = null): mixed
        {
            $value = $this->config;
            foreach (explode('.', $key) as $segment) {
                if (!is_array($value) || !array_key_exists($segment, $value)) {
                    return $default;
                }
                $value = $value[$segment];
            }

            return $value;
        }

        public function register(string $provider): void
        {
            $p = new $provider($this);
            $p->register();
            $this->providers[] = $p;
        }

        public function boot(): void
        {
            foreach ($this->providers as $p) {
                if (method_exists($p, 'boot')) {
                    $p->boot();
                }
            }
        }
    }
}

namespace Illuminate\Support {
    use Illuminate\Foundation\Application;

    abstract class ServiceProvider
    {
        public function __construct(protected Application $app) {}

        public function register(): void {}
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(
            private string $method,
            private string $uri,
            private array $input = [],
            private array $headers = [],
        ) {}

        public function method(): string { return $this->method; }
        public function path(): string { return trim($this->uri, '/'); }
        public function input(string $key, mixed $default = null): mixed { return $this->input[$key] ?? $default; }
        public function all(): array { return $this->input; }
        public function header(string $key, ?string $default = null): ?string { return $this->headers[strtolower($key)] ?? $default; }
    }

    class JsonResponse
    {
        public function __construct(public readonly array $data = [], public readonly int $status = 200) {}
    }
}

namespace Illuminate\Routing {
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;

    class Router
    {
        /** @var array<string,array{0:class-string,1:string}> */
        private array $routes = [];

        public function __construct(private Container $container) {}

        public function post(string $uri, array $action): void
        {
            $this->routes['POST ' . trim($uri, '/')] = $action;
        }

        public function dispatch(Request $request): mixed
        {
            [$class, $method] = $this->routes[$request->method() . ' ' . $request->path()];

            return $this->container->make($class)->{$method}($request);
        }
    }
}
