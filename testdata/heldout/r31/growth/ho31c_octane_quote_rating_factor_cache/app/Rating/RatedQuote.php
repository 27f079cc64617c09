<?php

namespace App\Rating;

final class RatedQuote
{
    public function __construct(
        public readonly string $reference,
        public readonly float $basePremium,
        public readonly float $finalPremium,
        public readonly array $appliedFactors,
    ) {
    }
}
