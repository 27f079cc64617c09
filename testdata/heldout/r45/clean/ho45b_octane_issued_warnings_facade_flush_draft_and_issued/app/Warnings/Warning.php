<?php

namespace App\Warnings;

final class Warning
{
    /** @param list<array{0: float, 1: float}> $polygon */
    public function __construct(
        public readonly string $vtec,
        public readonly string $event,
        public readonly array $polygon,
        public readonly string $headline,
        public readonly string $hazard,
        public readonly string $motion,
        public readonly string $issuedAt,
        public readonly string $expiresAt,
        public readonly string $forecaster,
    ) {
    }
}
