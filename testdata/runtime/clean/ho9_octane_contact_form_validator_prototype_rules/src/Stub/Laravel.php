<?php
namespace Illuminate\Http;

class Request
{
    public function __construct(public readonly string $method, public readonly string $uri, private array $input) {}
    public function all(): array { return $this->input; }
}

namespace Illuminate\Routing;

use Illuminate\Http\Request;

final class Router
{
    private array $routes = [];

    public function post(string $uri, array $action): void { $this->routes["POST {$uri}"] = $action; }
    public function dispatch(Request $request, \Closure $resolve): mixed
    {
        [$class, $method] = $this->routes["{$request->method} {$request->uri}"];

        return $resolve($class)->{$method}($request);
    }
}

namespace Laravel\Octane;

use Illuminate\Http\Request;
use Illuminate\Routing\Router;

final class Worker
{
    private array $singletons = [];

    public function __construct(private Router $router, private array $bindings) {}
    public function handle(Request $request): mixed
    {
        return $this->router->dispatch($request, fn (string $class) => $this->singletons[$class] ??= ($this->bindings[$class])());
    }
}
