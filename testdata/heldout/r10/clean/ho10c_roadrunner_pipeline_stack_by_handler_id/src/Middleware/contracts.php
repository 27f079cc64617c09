<?php

declare(strict_types=1);

namespace Billing\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

interface RequestHandler
{
    public function handle(ServerRequest $request): Response;
}

interface Middleware
{
    public function process(ServerRequest $request, RequestHandler $next): Response;

    /** Whether this middleware applies to the given route. */
    public function appliesTo(string $routeName): bool;
}

/** A matched route: the controller callable plus the parameters extracted from the path. */
final class RouteHandler implements RequestHandler
{
    public function __construct(
        public readonly string $routeName,
        private \Closure $controller,
        public readonly array $params,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        foreach ($this->params as $key => $value) {
            $request = $request->withAttribute($key, $value);
        }
        return ($this->controller)($request);
    }
}

final class Next implements RequestHandler
{
    /** @param list<Middleware> $stack */
    public function __construct(private array $stack, private RequestHandler $final)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        if ($this->stack === []) {
            return $this->final->handle($request);
        }
        $middleware = array_shift($this->stack);
        return $middleware->process($request, $this);
    }
}
