<?php

namespace App\Pricing;

use App\Geo\Zone;

final class SurgeKeyBuilder
{
    public function __construct(private string $namespace, private int $bucketSeconds)
    {
    }

    public function forQuote(Zone $zone, RideRequest $ride): string
    {
        return sprintf(
            '%s:%s:%s:%s:%d',
            $this->namespace,
            $zone->id,
            $ride->product,
            $ride->riderId,
            $this->bucket($ride->requestedAt),
        );
    }

    private function bucket(int $timestamp): int
    {
        return intdiv($timestamp, $this->bucketSeconds);
    }
}
