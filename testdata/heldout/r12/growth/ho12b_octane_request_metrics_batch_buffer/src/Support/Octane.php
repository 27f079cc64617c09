<?php
declare(strict_types=1);

namespace App\Support\Octane;

/** Minimal stand-ins for the Laravel/Octane pieces this app touches. */
final class Request
{
    /** @param array<string,string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
    ) {
    }

    public function header(string $name, string $default = ''): string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class Container
{
    /** @var array<string,\Closure> */
    private array $factories = [];
    /** @var array<string,object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

interface Middleware
{
    public function handle(Request $request, \Closure $next): Response;
}

final class Worker
{
    /** @param list<class-string<Middleware>> $middleware */
    public function __construct(
        private readonly Container $app,
        private readonly array $middleware,
        private readonly \Closure $router,
    ) {
    }

    public function handle(Request $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (\Closure $next, string $id) => fn (Request $r) => $this->app->make($id)->handle($r, $next),
            $this->router,
        );

        return $pipeline($request);
    }
}
