<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\RequestHandlerInterface;

final class RequestIdMiddleware implements MiddlewareInterface
{
    private static int $sequence = 0;

    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $id = $request->header('x-request-id') ?? sprintf('req-%08d', ++self::$sequence);
        $response = $handler->handle($request->withAttribute('request_id', $id));
        return $response->withHeader('X-Request-Id', $id);
    }
}
