<?php

namespace App\Metrics;

final class MetricsSnapshot
{
    /**
     * @param array<string, int|float> $gauges
     */
    public function __construct(
        public readonly float $takenAt,
        public readonly array $gauges,
        public readonly string $statsdPayload,
    ) {
    }
}
