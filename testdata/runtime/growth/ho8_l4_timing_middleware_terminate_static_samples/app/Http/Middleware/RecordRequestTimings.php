<?php

namespace App\Http\Middleware;

use App\Monitoring\TimingSample;
use Closure;
use Illuminate\Http\Request;

class RecordRequestTimings
{
    private static array $samples = [];

    public function handle(Request $request, Closure $next): mixed
    {
        $request->attributes['timing.start'] = hrtime(true);

        return $next($request);
    }

    public function terminate(Request $request, mixed $response): void
    {
        $elapsed = (hrtime(true) - $request->attributes['timing.start']) / 1e6;
        $tags = ['user_agent' => $request->input('ua'), 'bytes' => strlen((string) $response)];
        self::$samples[] = new TimingSample($request->method, $request->path, $elapsed, memory_get_usage(), $tags); // leak
    }
}
