<?php

declare(strict_types=1);

namespace App\Geocoding;

final class GeocodeResult
{
    public function __construct(
        public readonly string $shipmentId,
        public readonly float $lat,
        public readonly float $lon,
        public readonly float $confidence,
        public readonly string $matchedBy,
    ) {
    }
}
