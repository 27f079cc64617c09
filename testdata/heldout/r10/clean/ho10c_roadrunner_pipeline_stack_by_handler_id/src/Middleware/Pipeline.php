<?php

declare(strict_types=1);

namespace Billing\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

/**
 * Runs the global middleware that applies to a matched route. Working out
 * which middleware applies is not free (each one inspects the route), so the
 * filtered stack is memoised per handler instance.
 */
final class Pipeline
{
    /** @var array<int, array{route: string, stack: list<Middleware>}> */
    private array $stacks = [];

    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(ServerRequest $request, RouteHandler $handler): Response
    {
        $id = spl_object_id($handler);
        if (!isset($this->stacks[$id]) || $this->stacks[$id]['route'] !== $handler->routeName) {
            $this->stacks[$id] = ['route' => $handler->routeName, 'stack' => $this->applicable($handler)];
        }
        return (new Next($this->stacks[$id]['stack'], $handler))->handle($request);
    }

    private function applicable(RouteHandler $handler): array
    {
        return array_values(array_filter(
            $this->middleware,
            static fn (Middleware $m) => $m->appliesTo($handler->routeName),
        ));
    }
}
