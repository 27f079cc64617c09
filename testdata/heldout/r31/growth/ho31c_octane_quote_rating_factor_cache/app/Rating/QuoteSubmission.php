<?php

namespace App\Rating;

final class QuoteSubmission
{
    public function __construct(
        public readonly string $reference,
        public readonly string $productCode,
        public readonly string $postalCode,
        public readonly int $vehicleYear,
        public readonly int $driverAge,
        public readonly int $priorClaims,
        public readonly float $coverageLimit,
    ) {
    }
}
