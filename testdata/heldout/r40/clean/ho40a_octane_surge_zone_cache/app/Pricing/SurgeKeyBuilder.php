<?php

namespace App\Pricing;

use App\Geo\Zone;

final class SurgeKeyBuilder
{
    public function __construct(private string $namespace, private int $bucketSeconds)
    {
    }

    // Surge is a property of the zone and the product tier, not of the rider:
    // every rider in the same zone shares one cached multiplier per tier.
    public function forQuote(Zone $zone, RideRequest $ride): string
    {
        return sprintf(
            '%s:%s:%s:%ds',
            $this->namespace,
            $zone->id,
            $ride->product,
            $this->bucketSeconds,
        );
    }
}
