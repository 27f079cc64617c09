<?php

declare(strict_types=1);

namespace App\Support;

/**
 * Minimal stand-ins for the pieces of Laravel + Octane the app touches.
 */
final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $attributes = [],
    ) {
    }

    public function attribute(string $key, mixed $default = null): mixed
    {
        return $this->attributes[$key] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly string $body, public readonly int $status = 200)
    {
    }
}

final class Application
{
    /** @var array<string, \Closure> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->bindings[$id] = $factory;
    }

    public function bind(string $id, \Closure $factory): void
    {
        $this->bindings[$id] = static fn (Application $app) => $factory($app);
    }

    public function instance(string $id, object $service): void
    {
        $this->instances[$id] = $service;
    }

    public function make(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }

        return ($this->bindings[$id])($this);
    }

    public function makeShared(string $id): object
    {
        return $this->instances[$id] ??= ($this->bindings[$id])($this);
    }
}

/**
 * Octane-style worker: the application is booted once and every request
 * resolves a fresh controller from it.
 */
final class OctaneWorker
{
    public function __construct(private readonly Application $app)
    {
    }

    public function handle(Request $request): Response
    {
        $controller = $this->app->make(\App\Http\NavigationController::class);

        return $controller->show($request);
    }
}
