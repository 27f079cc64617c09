<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

/**
 * Stand-in for Laravel\Octane\Worker: keeps the booted application for the
 * worker's lifetime and hands each request a cloned sandbox of it.
 */
final class Worker
{
    /** @var list<array{0: string, 1: string, 2: array{0: class-string, 1: string}}> */
    private array $routes = [];

    public function __construct(private Container $app)
    {
    }

    public function get(string $pattern, array $action): void
    {
        $this->routes[] = ['GET', $pattern, $action];
    }

    public function application(): Container
    {
        return $this->app;
    }

    /** @return array{0: int, 1: string} */
    public function handle(Request $request): array
    {
        $sandbox = clone $this->app;
        foreach ($this->routes as [$method, $pattern, [$class, $action]]) {
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
            if ($method === $request->method() && preg_match($regex, $request->path(), $m)) {
                $request->setRouteParameters(array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));

                return $sandbox->make($class)->{$action}($request);
            }
        }

        return [404, ''];
    }
}
