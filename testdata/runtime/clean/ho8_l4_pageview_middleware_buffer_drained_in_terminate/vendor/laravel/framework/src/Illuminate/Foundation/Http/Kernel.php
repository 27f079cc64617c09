<?php

namespace Illuminate\Foundation\Http;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;

class Kernel
{
    protected array $middleware = [];

    public function __construct(protected Container $app, protected Router $router) {}

    public function handle(Request $request): mixed
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (Closure $next, string $class) => fn (Request $request) => $this->app->make($class)->handle($request, $next),
            fn (Request $request) => $this->router->dispatch($request),
        );

        return $pipeline($request);
    }

    public function terminate(Request $request, mixed $response): void
    {
        foreach ($this->middleware as $class) {
            $middleware = $this->app->make($class);
            method_exists($middleware, 'terminate') && $middleware->terminate($request, $response);
        }
    }
}
