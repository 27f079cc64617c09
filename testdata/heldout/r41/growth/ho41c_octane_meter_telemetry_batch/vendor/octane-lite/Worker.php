<?php

namespace OctaneLite;

/**
 * Stand-in for the Octane worker: the application is booted once and every
 * request is dispatched against the same container.
 */
final class Worker
{
    /** @var array<string, callable> */
    private array $routes = [];

    public function __construct(private Container $app)
    {
    }

    public function post(string $path, callable $action): void
    {
        $this->routes['POST ' . $path] = $action;
    }

    public function handle(Request $request): array
    {
        $action = $this->routes[$request->method . ' ' . $request->path] ?? null;
        if ($action === null) {
            return ['status' => 404];
        }

        return ['status' => 202, 'body' => $action($request)];
    }
}
