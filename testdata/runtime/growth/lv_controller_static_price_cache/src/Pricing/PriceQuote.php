<?php

namespace App\Pricing;

final class PriceQuote
{
    /**
     * @param array<string, int> $tiers
     */
    public function __construct(
        public readonly string $sku,
        public readonly string $region,
        public readonly int $netCents,
        public readonly int $grossCents,
        public readonly array $tiers,
        public readonly string $disclaimer,
    ) {
    }
}
