<?php

namespace Nwp\Api\Stats;

final class FieldSummary
{
    /**
     * @param array<int, float> $percentiles
     * @param list<int> $histogram
     */
    public function __construct(
        public readonly string $run,
        public readonly string $param,
        public readonly float $min,
        public readonly float $max,
        public readonly float $mean,
        public readonly array $percentiles,
        public readonly array $histogram,
        public readonly string $etag,
    ) {
    }
}
