<?php

declare(strict_types=1);

namespace Billing\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

/**
 * Runs the global middleware that applies to a matched route. Working out
 * which middleware applies is not free (each one inspects the route), so the
 * composed chain is memoised per handler instance.
 */
final class Pipeline
{
    /** @var array<int, array{route: string, chain: \Closure}> */
    private array $chains = [];

    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(ServerRequest $request, RouteHandler $handler): Response
    {
        $id = spl_object_id($handler);
        if (!isset($this->chains[$id]) || $this->chains[$id]['route'] !== $handler->routeName) {
            $this->chains[$id] = ['route' => $handler->routeName, 'chain' => $this->compose($handler)]; // leak
        }
        return ($this->chains[$id]['chain'])($request);
    }

    private function compose(RouteHandler $handler): \Closure
    {
        $stack = array_values(array_filter(
            $this->middleware,
            static fn (Middleware $m) => $m->appliesTo($handler->routeName),
        ));
        return static fn (ServerRequest $request): Response => (new Next($stack, $handler))->handle($request);
    }
}
