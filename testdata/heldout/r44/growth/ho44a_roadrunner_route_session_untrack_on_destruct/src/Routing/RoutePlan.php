<?php

declare(strict_types=1);

namespace Citymap\Routing;

final class RoutePlan
{
    /** @param list<int> $nodes */
    public function __construct(
        public readonly array $nodes,
        public readonly float $distanceMetres,
        public readonly int $durationSeconds,
        public readonly string $polyline,
        public readonly string $graphVersion,
    ) {
    }

    public function toArray(): array
    {
        return [
            'distance_m' => round($this->distanceMetres, 1),
            'duration_s' => $this->durationSeconds,
            'geometry' => $this->polyline,
            'graph' => $this->graphVersion,
        ];
    }
}
