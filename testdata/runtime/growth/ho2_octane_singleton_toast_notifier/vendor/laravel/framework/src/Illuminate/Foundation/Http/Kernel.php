<?php

namespace Illuminate\Foundation\Http;

use Closure;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Pipeline\Pipeline;

class Kernel
{
    /** @var list<string> */
    protected array $middleware = [];

    /** @var array<string, Closure(Request): Response> */
    protected array $routes = [];

    public function __construct(protected Application $app)
    {
    }

    public function pushMiddleware(string $middleware): static
    {
        if (!\in_array($middleware, $this->middleware, true)) {
            $this->middleware[] = $middleware;
        }

        return $this;
    }

    public function route(string $method, string $path, Closure $action): static
    {
        $this->routes[$method . ' ' . trim($path, '/')] = $action;

        return $this;
    }

    public function handle(Request $request): Response
    {
        $this->app->instance('request', $request);
        $this->app->boot();

        return (new Pipeline($this->app))
            ->send($request)
            ->through($this->middleware)
            ->then(fn (Request $request): Response => $this->dispatchToRouter($request));
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->app->terminate();
    }

    protected function dispatchToRouter(Request $request): Response
    {
        foreach ($this->routes as $key => $action) {
            [$method, $pattern] = explode(' ', $key, 2);
            if ($method === $request->method() && preg_match('#^' . preg_replace('#\{\w+\}#', '[^/]+', $pattern) . '$#', $request->path())) {
                return $action($request);
            }
        }

        return new Response('Not Found', 404);
    }
}
