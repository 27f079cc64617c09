<?php

declare(strict_types=1);

namespace Lite\Http;

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
        public readonly array $headers = [],
    ) {
    }
}

final class Response
{
    public function __construct(
        public readonly string $content,
        public readonly int $status = 200,
        public readonly array $headers = ['Content-Type' => 'text/html; charset=utf-8'],
    ) {
    }
}

namespace Lite\Foundation;

use Closure;
use Lite\Http\Request;
use Lite\Http\Response;

class Application
{
    private array $factories = [];
    private array $shared = [];
    private array $resolved = [];
    private Router $router;

    public function __construct()
    {
        $this->router = new Router();
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
        $this->shared[$id] = true;
    }

    public function make(string $id): object
    {
        if (isset($this->resolved[$id])) {
            return $this->resolved[$id];
        }
        if (isset($this->factories[$id])) {
            $object = ($this->factories[$id])($this);
        } else {
            $ctor = (new \ReflectionClass($id))->getConstructor();
            $args = [];
            foreach ($ctor?->getParameters() ?? [] as $param) {
                $args[] = $this->make($param->getType()->getName());
            }
            $object = new $id(...$args);
        }
        if (isset($this->shared[$id])) {
            $this->resolved[$id] = $object;
        }
        return $object;
    }

    public function router(): Router
    {
        return $this->router;
    }
}

class Router
{
    private array $routes = [];

    public function get(string $pattern, array $action): void
    {
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
        $this->routes[] = ['GET', $regex, $action];
    }

    public function match(Request $request): array
    {
        foreach ($this->routes as [$method, $regex, $action]) {
            if ($method === $request->method && preg_match($regex, $request->path, $m)) {
                return [$action, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY)];
            }
        }
        throw new \RuntimeException('No route for ' . $request->path);
    }
}

class Kernel
{
    /** @var list<class-string> */
    private array $middleware = [];

    public function __construct(private Application $app)
    {
    }

    public function pushMiddleware(string $class): void
    {
        $this->middleware[] = $class;
    }

    public function handle(Request $request): Response
    {
        $destination = function (Request $request): Response {
            [[$class, $method], $params] = $this->app->router()->match($request);
            $request->attributes += $params;
            $controller = $this->app->make($class);
            $result = $controller->{$method}($request, ...array_values($params));

            return $result instanceof Response ? $result : new Response((string) $result);
        };

        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (\Closure $next, string $class) => fn (Request $r) => $this->app->make($class)->handle($r, $next),
            $destination,
        );

        return $pipeline($request);
    }

    public function terminate(Request $request, Response $response): void
    {
    }
}

namespace Lite\Octane;

use Lite\Foundation\Application;
use Lite\Foundation\Kernel;
use Lite\Http\Request;
use Lite\Http\Response;

final class Worker
{
    private Kernel $kernel;
    private int $handled = 0;

    public function __construct(Application $app, array $middleware = [])
    {
        $this->kernel = new Kernel($app);
        foreach ($middleware as $class) {
            $this->kernel->pushMiddleware($class);
        }
    }

    public function handle(Request $request): Response
    {
        $response = $this->kernel->handle($request);
        $this->kernel->terminate($request, $response);
        $this->handled++;

        return $response;
    }
}
