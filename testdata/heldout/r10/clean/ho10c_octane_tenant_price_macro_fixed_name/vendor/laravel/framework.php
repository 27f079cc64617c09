<?php

declare(strict_types=1);

// Minimal stand-ins for the parts of Laravel + Octane this service relies on.

namespace Illuminate\Http {
    class Request
    {
        public array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query = [],
            public readonly array $input = [],
            public readonly array $headers = [],
        ) {
        }

        public function input(string $key, mixed $default = null): mixed
        {
            return $this->input[$key] ?? $this->query[$key] ?? $default;
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->headers[strtolower($key)] ?? $default;
        }

        public function route(string $param): ?string
        {
            return $this->attributes['route.params'][$param] ?? null;
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
        public function __construct(array $data, int $status = 200)
        {
            parent::__construct(json_encode($data, JSON_THROW_ON_ERROR), $status, ['Content-Type' => 'application/json']);
        }
    }
}

namespace Illuminate\Container {
    class Container
    {
        protected static ?Container $instance = null;
        protected array $factories = [];
        protected array $shared = [];
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Container $container): void
        {
            static::$instance = $container;
        }

        public function bind(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
            $this->shared[$id] = false;
        }

        public function singleton(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
            $this->shared[$id] = true;
        }

        public function instance(string $id, object $object): void
        {
            $this->instances[$id] = $object;
        }

        public function make(string $id): mixed
        {
            if (isset($this->instances[$id])) {
                return $this->instances[$id];
            }
            if (!isset($this->factories[$id])) {
                return new $id();
            }
            $object = ($this->factories[$id])($this);
            if ($this->shared[$id]) {
                $this->instances[$id] = $object;
            }
            return $object;
        }

        public function forgetInstance(string $id): void
        {
            unset($this->instances[$id]);
        }
    }
}

namespace Illuminate\Foundation {
    class Application extends \Illuminate\Container\Container
    {
        private array $terminating = [];

        public function terminating(\Closure $callback): void
        {
            $this->terminating[] = $callback;
        }

        public function terminate(): void
        {
            foreach ($this->terminating as $callback) {
                $callback();
            }
        }
    }
}

namespace Illuminate\Routing {
    use Illuminate\Container\Container;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class Router
    {
        private array $routes = [];

        public function __construct(private Container $container)
        {
        }

        public function get(string $uri, array $action, ?string $name = null): void
        {
            $this->add('GET', $uri, $action, $name);
        }

        public function post(string $uri, array $action, ?string $name = null): void
        {
            $this->add('POST', $uri, $action, $name);
        }

        private function add(string $method, string $uri, array $action, ?string $name): void
        {
            $pattern = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $uri) . '$#';
            $this->routes[] = ['method' => $method, 'pattern' => $pattern, 'action' => $action, 'name' => $name ?? $uri];
        }

        public function dispatch(Request $request): Response
        {
            foreach ($this->routes as $route) {
                if ($route['method'] === $request->method && preg_match($route['pattern'], $request->path, $m)) {
                    $request->attributes['route.name'] = $route['name'];
                    $request->attributes['route.params'] = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                    [$class, $method] = $route['action'];
                    return $this->container->make($class)->{$method}($request);
                }
            }
            return new Response('Not Found', 404);
        }
    }
}

namespace Illuminate\Foundation\Http {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;
    use Illuminate\Routing\Router;

    class Kernel
    {
        /** @var list<class-string> */
        protected array $middleware = [];

        public function __construct(protected Application $app, protected Router $router)
        {
        }

        public function handle(Request $request): Response
        {
            $next = fn (Request $request): Response => $this->router->dispatch($request);
            foreach (array_reverse($this->middleware) as $class) {
                $middleware = $this->app->make($class);
                $next = static fn (Request $request): Response => $middleware->handle($request, $next);
            }
            return $next($request);
        }

        public function terminate(Request $request, Response $response): void
        {
            $this->app->terminate();
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Foundation\Http\Kernel;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    /**
     * Stand-in for Octane's Worker: the application is booted once and then
     * every incoming request is passed through the HTTP kernel.
     */
    class Worker
    {
        public function __construct(private Application $app)
        {
        }

        public function handle(Request $request): Response
        {
            $kernel = $this->app->make(Kernel::class);
            $this->app->instance('request', $request);
            $response = $kernel->handle($request);
            $kernel->terminate($request, $response);
            $this->app->forgetInstance('request');
            return $response;
        }
    }
}
