<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $serviceProviders = [];
    protected bool $booted = false;

    public function __construct(public readonly string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
    }

    public function configPath(string $file): string
    {
        return $this->basePath . '/config/' . $file;
    }

    public function register(ServiceProvider $provider): void
    {
        $provider->register();
        $this->serviceProviders[] = $provider;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            if (method_exists($provider, 'boot')) {
                $provider->boot();
            }
        }
        $this->booted = true;
    }
}

namespace Illuminate\Support;

use Illuminate\Foundation\Application;

abstract class ServiceProvider
{
    public function __construct(protected Application $app)
    {
    }

    abstract public function register(): void;
}

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

abstract class Facade
{
    protected static ?Container $app = null;
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function setFacadeApplication(?Container $app): void
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

namespace Illuminate\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $input,
        public readonly array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function all(): array
    {
        return $this->input;
    }
}

final class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}

namespace Illuminate\Routing;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

final class Router
{
    private array $routes = [];

    public function __construct(private Container $container)
    {
    }

    public function post(string $uri, string $controller): void
    {
        $this->routes['POST ' . $uri] = $controller;
    }

    public function dispatch(Request $request): mixed
    {
        $controller = $this->routes[$request->method . ' ' . $request->path] ?? null;
        if ($controller === null) {
            return new \Illuminate\Http\JsonResponse(['error' => 'not found'], 404);
        }
        return $this->container->make($controller)($request);
    }
}
