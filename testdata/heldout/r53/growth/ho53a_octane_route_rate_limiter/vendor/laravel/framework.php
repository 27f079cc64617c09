<?php
// Minimal stand-ins for the parts of Laravel + Octane this app touches.

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

        public function instance(string $abstract, object $instance): void
        {
            $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            if ($this instanceof $abstract) {
                return $this;
            }
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            $binding = $this->bindings[$abstract] ?? null;
            $object = $binding ? ($binding['factory'])($this) : new $abstract();
            if ($binding && $binding['shared']) {
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

namespace Illuminate\Foundation {
    class Application extends \Illuminate\Container\Container
    {
        public array $config = [];

        public function __construct(public string $basePath)
        {
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
    }
}

namespace Illuminate\Support\Facades {
    abstract class Facade
    {
        protected static ?\Illuminate\Foundation\Application $app = null;
        protected static array $resolvedInstance = [];

        abstract protected static function getFacadeAccessor(): string;

        public static function setFacadeApplication(\Illuminate\Foundation\Application $app): void
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

    /**
     * @method static bool tooManyAttempts(string $key, int $maxAttempts)
     * @method static int hit(string $key, int $decaySeconds = 60)
     */
    class RateLimiter extends Facade
    {
        protected static function getFacadeAccessor(): string
        {
            return \Illuminate\Cache\RateLimiter::class;
        }
    }
}

namespace Illuminate\Cache {
    class ArrayStore
    {
        protected array $storage = [];

        public function get(string $key): mixed
        {
            $item = $this->storage[$key] ?? null;
            if ($item === null) {
                return null;
            }
            if ($item['expiresAt'] !== 0 && $item['expiresAt'] <= microtime(true)) {
                unset($this->storage[$key]);
                return null;
            }
            return $item['value'];
        }

        public function put(string $key, mixed $value, int $seconds): bool
        {
            $this->storage[$key] = [ // leak
                'value' => $value,
                'expiresAt' => $seconds > 0 ? microtime(true) + $seconds : 0,
            ];
            return true;
        }

        public function add(string $key, mixed $value, int $seconds): bool
        {
            if ($this->get($key) === null) {
                return $this->put($key, $value, $seconds);
            }
            return false;
        }

        public function increment(string $key, int $by = 1): int
        {
            if (!isset($this->storage[$key])) {
                return $by;
            }
            $this->storage[$key]['value'] = ((int) $this->storage[$key]['value']) + $by;
            return $this->storage[$key]['value'];
        }
    }

    class RateLimiter
    {
        public function __construct(protected ArrayStore $cache)
        {
        }

        public function tooManyAttempts(string $key, int $maxAttempts): bool
        {
            if ((int) $this->cache->get($key) >= $maxAttempts) {
                return $this->cache->get($key . ':timer') !== null;
            }
            return false;
        }

        public function hit(string $key, int $decaySeconds = 60): int
        {
            $this->cache->add($key . ':timer', time() + $decaySeconds, $decaySeconds);
            $this->cache->add($key, 0, $decaySeconds);
            return $this->cache->increment($key);
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        protected ?\Illuminate\Routing\Route $route = null;

        public function __construct(
            public string $method,
            public string $uri,
            public array $server = [],
            public array $headers = [],
        ) {
        }

        public function method(): string
        {
            return $this->method;
        }

        public function path(): string
        {
            return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
        }

        public function ip(): string
        {
            return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
        }

        public function setRouteResolver(\Illuminate\Routing\Route $route): void
        {
            $this->route = $route;
        }

        public function route(): ?\Illuminate\Routing\Route
        {
            return $this->route;
        }
    }

    class Response
    {
        public function __construct(public string $content = '', public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace Illuminate\Routing {
    class Route
    {
        public array $parameters = [];
        protected string $regex;

        public function __construct(public string $method, public string $uri, public array $action, public string $name = '')
        {
            $this->regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', trim($uri, '/')) . '$#';
        }

        public function matches(\Illuminate\Http\Request $request): ?array
        {
            if ($request->method() !== $this->method || !preg_match($this->regex, $request->path(), $m)) {
                return null;
            }
            return array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
        }

        public function getName(): string
        {
            return $this->name;
        }

        public function name(string $name): static
        {
            $this->name = $name;
            return $this;
        }
    }

    class Router
    {
        /** @var Route[] */
        protected array $routes = [];

        public function get(string $uri, array $action): Route
        {
            return $this->routes[] = new Route('GET', $uri, $action);
        }

        public function findRoute(\Illuminate\Http\Request $request): array
        {
            foreach ($this->routes as $route) {
                if (($params = $route->matches($request)) !== null) {
                    return [$route, $params];
                }
            }
            throw new \RuntimeException('404 ' . $request->path());
        }
    }
}

namespace Illuminate\Foundation\Http {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class Kernel
    {
        /** @var list<class-string> */
        protected array $middleware = [];

        public function __construct(protected Application $app, protected \Illuminate\Routing\Router $router)
        {
        }

        public function handle(Request $request): Response
        {
            [$route, $params] = $this->router->findRoute($request);
            $request->setRouteResolver($route);
            $destination = function (Request $request) use ($route, $params): Response {
                [$class, $method] = $route->action;
                return $this->app->make($class)->$method($request, ...array_values($params));
            };
            $pipeline = array_reduce(
                array_reverse($this->middleware),
                fn (\Closure $next, string $mw) => fn (Request $r) => $this->app->make($mw)->handle($r, $next),
                $destination,
            );
            return $pipeline($request);
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Support\Facades\Facade;

    /**
     * The long-lived Octane worker: one base application booted once, a
     * sandbox clone per request. Services resolved on the base app before
     * the first request (config octane.warm) are shared by every sandbox.
     */
    class Worker
    {
        public function __construct(protected Application $app)
        {
        }

        public function boot(): void
        {
            foreach ($this->app->config('octane.warm', []) as $service) {
                $this->app->make($service);
            }
        }

        public function handle(Request $request): \Illuminate\Http\Response
        {
            $sandbox = clone $this->app;
            Facade::clearResolvedInstances();
            Facade::setFacadeApplication($sandbox);
            try {
                return $sandbox->make(\Illuminate\Foundation\Http\Kernel::class)->handle($request);
            } finally {
                Facade::clearResolvedInstances();
                Facade::setFacadeApplication($this->app);
            }
        }
    }
}
