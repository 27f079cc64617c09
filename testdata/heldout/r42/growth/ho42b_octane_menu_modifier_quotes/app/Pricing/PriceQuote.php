<?php

declare(strict_types=1);

namespace App\Pricing;

final class PriceQuote
{
    /** @param array<string, int> $upcharges */
    public function __construct(
        public readonly string $sku,
        public readonly string $displayName,
        public readonly int $baseCents,
        public readonly array $upcharges,
        public readonly int $totalCents,
        public readonly string $channel,
    ) {
    }

    public function receiptLine(): string
    {
        $mods = '';
        foreach ($this->upcharges as $code => $cents) {
            $mods .= sprintf("\n   + %s %s", $code, $cents > 0 ? number_format($cents / 100, 2) : '');
        }

        return sprintf('%-28s %8s%s', $this->displayName, number_format($this->totalCents / 100, 2), $mods);
    }
}
