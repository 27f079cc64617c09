<?php

namespace App\Http\Middleware;

use App\Monitoring\TimingSample;
use Closure;
use Illuminate\Http\Request;

class RecordRequestTimings
{
    private const BATCH_SIZE = 25;

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
        self::$samples[] = new TimingSample($request->method, $request->path, $elapsed, memory_get_usage(), $tags);

        if (count(self::$samples) >= self::BATCH_SIZE) {
            $this->report(self::$samples);
            self::$samples = [];
        }
    }

    private function report(array $samples): void
    {
        $durations = array_map(fn (TimingSample $s) => $s->milliseconds, $samples);
        sort($durations);
        error_log(sprintf('http.p95=%.3fms n=%d', $durations[(int) (count($durations) * 0.95) - 1], count($durations)), 3, '/dev/null');
    }
}
