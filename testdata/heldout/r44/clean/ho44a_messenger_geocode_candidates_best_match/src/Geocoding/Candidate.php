<?php

declare(strict_types=1);

namespace App\Geocoding;

final class Candidate
{
    public function __construct(
        public readonly StreetSegment $segment,
        public readonly float $lat,
        public readonly float $lon,
        public readonly float $confidence,
        public readonly string $matchedBy,
    ) {
    }
}
