<?php

namespace Amp\Http\Server\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

final class MiddlewareRequestHandler implements RequestHandler
{
    public function __construct(private Middleware $middleware, private RequestHandler $next)
    {
    }

    public function handleRequest(Request $request): Response
    {
        return $this->middleware->handleRequest($request, $this->next);
    }
}

function stackMiddleware(RequestHandler $requestHandler, Middleware ...$middlewares): RequestHandler
{
    foreach (array_reverse($middlewares) as $middleware) {
        $requestHandler = new MiddlewareRequestHandler($middleware, $requestHandler);
    }

    return $requestHandler;
}
