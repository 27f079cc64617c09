<?php

namespace App\Middleware;

use App\Metrics\InflightRequests;
use App\Metrics\LatencyHistogram;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class TrackInflight implements MiddlewareInterface
{
    public const ATTRIBUTE = 'inflight.depth';

    public function __construct(
        private InflightRequests $inflight,
        private LatencyHistogram $histogram,
    ) {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $this->inflight->begin($request);
        $request = $request->withAttribute(self::ATTRIBUTE, count($this->inflight));

        try {
            return $handler->handle($request);
        } finally {
            $elapsed = $this->inflight->end($request);
            if ($elapsed !== null) {
                $this->histogram->observe($request->getMethod() === 'GET' ? 'read' : 'write', $elapsed);
            }
        }
    }
}
