<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;

final class RequestIdMiddleware extends AbstractMiddleware
{
    private static int $sequence = 0;

    public function process(Request $request): Response
    {
        $id = $request->header('x-request-id') ?? sprintf('req-%08d', ++self::$sequence);
        $response = $this->next($request->withAttribute('request_id', $id));
        return $response->withHeader('X-Request-Id', $id);
    }
}
