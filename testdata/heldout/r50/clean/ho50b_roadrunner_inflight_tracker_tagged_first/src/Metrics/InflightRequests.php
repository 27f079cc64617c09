<?php

namespace App\Metrics;

use Psr\Http\Message\ServerRequestInterface;

/**
 * Requests currently inside the pipeline, with their start time, so that
 * /healthz can report a stuck worker and the histogram gets real latencies.
 */
final class InflightRequests implements \Countable
{
    private \SplObjectStorage $requests;

    public function __construct()
    {
        $this->requests = new \SplObjectStorage();
    }

    public function begin(ServerRequestInterface $request): void
    {
        $this->requests[$request] = hrtime(true);
    }

    /** Nanoseconds spent since begin(), or null for a request begin() never saw. */
    public function end(ServerRequestInterface $request): ?int
    {
        if (!$this->requests->contains($request)) {
            return null;
        }
        $startedAt = $this->requests[$request];
        $this->requests->detach($request);

        return hrtime(true) - $startedAt;
    }

    public function count(): int
    {
        return $this->requests->count();
    }
}
