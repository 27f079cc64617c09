<?php

declare(strict_types=1);

namespace App\Geocoding;

final class StreetSegment
{
    public function __construct(
        public readonly string $street,
        public readonly string $postcode,
        public readonly string $city,
        public readonly int $fromNumber,
        public readonly int $toNumber,
        public readonly array $start,
        public readonly array $end,
    ) {
    }

    public function covers(int $houseNumber): bool
    {
        return $houseNumber >= $this->fromNumber && $houseNumber <= $this->toNumber;
    }

    /** Linear interpolation along the segment, good enough for rooftop fallback. */
    public function interpolate(int $houseNumber): array
    {
        $t = ($houseNumber - $this->fromNumber) / max(1, $this->toNumber - $this->fromNumber);

        return [
            $this->start[0] + ($this->end[0] - $this->start[0]) * $t,
            $this->start[1] + ($this->end[1] - $this->start[1]) * $t,
        ];
    }
}
