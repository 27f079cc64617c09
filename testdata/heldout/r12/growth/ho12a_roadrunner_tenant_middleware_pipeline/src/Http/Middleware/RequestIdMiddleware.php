<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Http\Response;
use App\Http\ServerRequest;

final class RequestIdMiddleware
{
    public function __invoke(ServerRequest $request, callable $next): Response
    {
        $id = $request->header('x-request-id') ?? bin2hex(random_bytes(8));

        return $next($request->withAttribute('request_id', $id));
    }
}
