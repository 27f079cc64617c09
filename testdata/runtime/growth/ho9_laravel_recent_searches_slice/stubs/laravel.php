<?php

namespace Illuminate\Http;

class Request
{
    public function __construct(public string $path, public array $query = []) {}

    public function input(string $key, mixed $default = null): mixed { return $this->query[$key] ?? $default; }
}

namespace Illuminate\Foundation;

class Application
{
    private array $factories = [];
    private array $instances = [];

    public function singleton(string $abstract, \Closure $factory): void { $this->factories[$abstract] = $factory; }

    public function make(string $abstract): object
    {
        if (isset($this->factories[$abstract])) {
            return $this->instances[$abstract] ??= ($this->factories[$abstract])($this);
        }
        $args = array_map(fn (\ReflectionParameter $p) => $this->make($p->getType()->getName()), (new \ReflectionClass($abstract))->getConstructor()?->getParameters() ?? []);
        return new $abstract(...$args);
    }
}

namespace Illuminate\Support;

abstract class ServiceProvider
{
    public function __construct(protected \Illuminate\Foundation\Application $app) {}

    abstract public function register(): void;
}

namespace Illuminate\Routing;

class Router
{
    private array $routes = [];

    public function get(string $uri, array $action): void { $this->routes['GET ' . $uri] = $action; }

    public function dispatch(\Illuminate\Foundation\Application $app, \Illuminate\Http\Request $request): mixed
    {
        [$class, $method] = $this->routes['GET ' . $request->path];
        return $app->make($class)->$method($request);
    }
}
