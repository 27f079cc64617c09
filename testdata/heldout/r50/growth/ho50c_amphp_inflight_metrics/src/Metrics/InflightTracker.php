<?php

namespace App\Metrics;

use Amp\Http\Server\Request;
use Amp\Http\Server\Response;

/**
 * Tracks requests between "handler entered" and "response produced": the
 * in-flight gauge is count($inflight), and sampled requests feed the
 * latency histogram.
 */
final class InflightTracker
{
    private \SplObjectStorage $inflight;

    public function __construct(private Sampler $sampler, private Histogram $latency)
    {
        $this->inflight = new \SplObjectStorage();
    }

    public function begin(Request $request, string $route): void
    {
        $this->inflight->attach($request, ['started' => hrtime(true), 'route' => $route]); // leak
    }

    public function finish(Request $request, Response $response): void
    {
        if (!$this->sampler->shouldSample($request)) {
            return;
        }
        $meta = $this->inflight[$request];
        $this->inflight->detach($request);

        $elapsedMs = (hrtime(true) - $meta['started']) / 1e6;
        $this->latency->observe($elapsedMs, $meta['route'] . ' ' . intdiv($response->getStatus(), 100) . 'xx');
    }

    public function inflight(): int
    {
        return $this->inflight->count();
    }
}
