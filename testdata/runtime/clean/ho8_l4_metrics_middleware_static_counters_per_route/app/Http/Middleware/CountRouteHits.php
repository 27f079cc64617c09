<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class CountRouteHits
{
    private static array $hits = [];
    private static array $bytes = [];

    public function handle(Request $request, Closure $next): mixed
    {
        $request->attributes['metrics.key'] = "{$request->method} {$request->path}";

        return $next($request);
    }

    public function terminate(Request $request, mixed $response): void
    {
        $key = $request->attributes['metrics.key'];
        self::$hits[$key] = (self::$hits[$key] ?? 0) + 1;
        self::$bytes[$key] = (self::$bytes[$key] ?? 0) + strlen((string) $response);
    }
}
