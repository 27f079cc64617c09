<?php

declare(strict_types=1);

namespace App\Octane;

/** Minimal stand-ins for the parts of Laravel + Octane the app touches. */
final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $json,
    ) {
    }
}

final class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}

final class Application
{
    /** @var array<string, \Closure> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $abstract, \Closure $concrete): void
    {
        $this->bindings[$abstract] = $concrete;
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
    }
}

final class Worker
{
    public function __construct(private readonly Application $app)
    {
    }

    public function handle(Request $request): JsonResponse
    {
        /** @var \App\GraphQL\GraphQLController $controller */
        $controller = $this->app->make(\App\GraphQL\GraphQLController::class);

        return $controller($request);
    }
}
