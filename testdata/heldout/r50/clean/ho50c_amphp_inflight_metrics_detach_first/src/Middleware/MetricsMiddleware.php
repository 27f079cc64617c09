<?php

namespace App\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Metrics\InflightTracker;

final class MetricsMiddleware implements Middleware
{
    public function __construct(private InflightTracker $tracker)
    {
    }

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $this->tracker->begin($request, $this->routeLabel($request));
        $response = $requestHandler->handleRequest($request);
        $this->tracker->finish($request, $response);

        return $response;
    }

    private function routeLabel(Request $request): string
    {
        // Collapse ids so the label set stays small: /stock/123 -> /stock/{id}
        return $request->getMethod() . ' ' . preg_replace('#/\d+#', '/{id}', $request->getUri()->getPath());
    }
}
