<?php

declare(strict_types=1);

namespace Relay\Pipeline\Middleware;

use Relay\Http\Request;
use Relay\Http\Response;
use Relay\Pipeline\MiddlewareInterface;
use Relay\Pipeline\RequestHandlerInterface;

final class RequestIdMiddleware implements MiddlewareInterface
{
    private int $sequence = 0;

    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $id = $request->headers['x-request-id'] ?? sprintf('req-%08x', ++$this->sequence);

        return $handler->handle($request->withAttribute('request_id', $id))->withHeader('X-Request-Id', $id);
    }
}

final class CorsMiddleware implements MiddlewareInterface
{
    /** @param list<string> $allowedOrigins */
    public function __construct(private array $allowedOrigins)
    {
    }

    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $response = $handler->handle($request);
        $origin = $request->headers['origin'] ?? '';
        if (in_array($origin, $this->allowedOrigins, true)) {
            $response = $response->withHeader('Access-Control-Allow-Origin', $origin);
        }

        return $response;
    }
}
