<?php

namespace App\Middleware;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class ResponseTimeMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $started = hrtime(true);
        $response = $handler->handle($request);
        $tookMs = (hrtime(true) - $started) / 1e6;

        return $response
            ->withHeader('X-Response-Time', sprintf('%.3fms', $tookMs))
            ->withHeader('X-Request-Id', $request->getHeaderLine('X-Request-Id'));
    }
}
