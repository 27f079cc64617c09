<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;

/**
 * Stand-in for Octane's worker: the application is booted once, then every
 * request goes through the same container and kernel.
 */
final class Worker
{
    /** @var list<callable> */
    private array $middleware = [];

    public function __construct(private Container $app)
    {
    }

    public function pushMiddleware(callable $middleware): void
    {
        $this->middleware[] = $middleware;
    }

    public function handle(array $request, callable $controller): array
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (callable $next, callable $mw) => static fn (array $req) => $mw($req, $next),
            $controller
        );

        return $pipeline($request);
    }
}
