<?php

declare(strict_types=1);

namespace Amp\Http\Server\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

function stackMiddleware(RequestHandler $requestHandler, Middleware ...$middlewares): RequestHandler
{
    foreach (array_reverse($middlewares) as $middleware) {
        $requestHandler = new class($middleware, $requestHandler) implements RequestHandler {
            public function __construct(private Middleware $middleware, private RequestHandler $next)
            {
            }

            public function handleRequest(Request $request): Response
            {
                return $this->middleware->handleRequest($request, $this->next);
            }
        };
    }

    return $requestHandler;
}
