<?php

namespace App\Ingest;

final class Observation
{
    public function __construct(
        public readonly string $stationId,
        public readonly Variable $variable,
        public readonly float $value,
        public readonly string $observedAt,
        public readonly float $elevation,
        public readonly int $month,
    ) {
    }
}
