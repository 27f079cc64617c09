<?php

namespace App\Pricing;

final class RatePlan
{
    /**
     * @param array<int, int> $occupancyDelta cents added per adult count
     */
    public function __construct(
        public readonly string $code,
        public readonly ?string $parentCode,
        public readonly float $parentFactor,
        public readonly int $mealSupplementCents,
        public readonly array $occupancyDelta,
        public readonly bool $refundable,
    ) {
    }
}
