<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

class Worker
{
    protected array $routes = [];

    public function __construct(protected Container $app)
    {
    }

    public function route(string $path, callable $action): void
    {
        $this->routes[$path] = $action;
    }

    public function handle(Request $request): array
    {
        $action = $this->routes[$request->path()] ?? null;
        if ($action === null) {
            return [404, '{"message":"Not Found"}'];
        }
        $sandbox = clone $this->app;
        $payload = $action($sandbox, $request);
        return [200, json_encode($payload)];
    }
}
