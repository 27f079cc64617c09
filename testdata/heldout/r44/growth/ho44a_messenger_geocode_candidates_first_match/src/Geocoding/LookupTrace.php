<?php

declare(strict_types=1);

namespace App\Geocoding;

/** What a lookup is doing right now; read by the /internal/geocoder endpoint of the ops sidecar. */
final class LookupTrace
{
    public int $candidates = 0;
    public array $shards = [];

    public function __construct(
        public readonly NormalizedAddress $address,
        public readonly string $worker,
        public readonly float $startedAt,
    ) {
    }
}
