<?php

declare(strict_types=1);

namespace App\Pacing;

final class SpendSample
{
    public function __construct(
        public readonly string $lineItemId,
        public readonly string $auctionId,
        public readonly string $exchange,
        public readonly int $spendMicros,
        public readonly int $impressions,
        public readonly int $occurredAt,
        /** @var array<string, string> reporting dimensions: site, geo, device, crid */
        public readonly array $dimensions = [],
    ) {
    }
}
