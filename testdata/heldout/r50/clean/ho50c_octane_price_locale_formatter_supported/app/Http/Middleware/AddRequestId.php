<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class AddRequestId
{
    public function handle(Request $request, Closure $next): Response
    {
        $id = $request->header('x-request-id') ?? bin2hex(random_bytes(8));
        $request->attributes['request_id'] = $id;

        return $next($request)->header('X-Request-Id', $id);
    }
}
