<?php
namespace App\Http;

use App\Metrics\Histogram;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class MetricsMiddleware
{
    public function __construct(private Histogram $latency) {}

    public function process(ServerRequest $request, callable $next): Response
    {
        $start = hrtime(true);
        $response = $next($request);
        $this->latency->observe([
            'method' => $request->getMethod(),
            'route' => $request->getAttribute('_route', 'not_found'),
            'status' => (string) $response->status,
        ], (hrtime(true) - $start) / 1e9);

        return $response;
    }
}
