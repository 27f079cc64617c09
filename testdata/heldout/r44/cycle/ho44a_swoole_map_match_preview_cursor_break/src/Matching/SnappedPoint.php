<?php

declare(strict_types=1);

namespace Transit\Matching;

final class SnappedPoint
{
    public function __construct(
        public readonly GpsSample $sample,
        public readonly ?RoadSegment $segment,
        public readonly float $lat,
        public readonly float $lon,
        public readonly float $offRoadMetres,
    ) {
    }

    public function toArray(): array
    {
        return [
            'lat' => round($this->lat, 6),
            'lon' => round($this->lon, 6),
            't' => $this->sample->timestamp,
            'segment' => $this->segment?->id,
            'road' => $this->segment?->name,
            'off_road_m' => is_finite($this->offRoadMetres) ? round($this->offRoadMetres, 1) : null,
        ];
    }
}
