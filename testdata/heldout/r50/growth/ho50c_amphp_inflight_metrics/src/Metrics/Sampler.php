<?php

namespace App\Metrics;

use Amp\Http\Server\Request;

/** Deterministic per-request sampling, keyed by the request id. */
final class Sampler
{
    public function __construct(private float $rate)
    {
    }

    public function shouldSample(Request $request): bool
    {
        if ($this->rate >= 1.0) {
            return true;
        }
        $id = $request->getAttribute('request_id');

        return crc32($id) % 10000 < (int) round($this->rate * 10000);
    }
}
