<?php
declare(strict_types=1);

namespace App\Http\Middleware;

use App\Metrics\MetricsBuffer;
use App\Metrics\Sample;
use App\Support\Octane\Middleware;
use App\Support\Octane\Request;
use App\Support\Octane\Response;

final class RecordRequestMetrics implements Middleware
{
    public function __construct(
        private readonly MetricsBuffer $metrics,
        private readonly string $service,
    ) {
    }

    public function handle(Request $request, \Closure $next): Response
    {
        $started = hrtime(true);
        $response = $next($request);

        $this->metrics->record(new Sample(
            'http.server.duration',
            (hrtime(true) - $started) / 1e6,
            $this->tagsFor($request, $response),
            microtime(true),
        ));

        return $response;
    }

    /** @return array<string,string> */
    private function tagsFor(Request $request, Response $response): array
    {
        return [
            'service' => $this->service,
            'method' => $request->method,
            'route' => $request->path,
            'status' => (string) $response->status,
            'tenant' => $request->header('x-tenant', 'default'),
            'request_id' => $request->header('x-request-id'),
            'user_agent' => $request->header('user-agent'),
        ];
    }
}
