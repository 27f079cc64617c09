<?php

declare(strict_types=1);

namespace Retail\Pricing;

final class ShelfPriceBook
{
    use MemoizesLookups;

    /** @param array<string, array{name: string, price: int, promo: ?int}> $catalog */
    public function __construct(
        private array $catalog,
        private array $tiers,
        private int $vatRate,
    ) {
    }

    public function quote(string $sku, string $store, ?LoyaltyCard $card): array
    {
        if (!isset($this->catalog[$sku]) || ($card !== null && !isset($this->tiers[$card->tier]))) {
            return $this->buildQuote($sku, $store, $card);
        }
        return $this->remember(
            QuoteKey::for($sku, $store, $card),
            fn () => $this->buildQuote($sku, $store, $card),
        );
    }

    private function buildQuote(string $sku, string $store, ?LoyaltyCard $card): array
    {
        $item = $this->catalog[$sku] ?? ['name' => 'UNKNOWN ' . $sku, 'price' => 0, 'promo' => null];
        $base = $item['promo'] ?? $item['price'];
        $discountPct = $card === null ? 0 : ($this->tiers[$card->tier] ?? 0);
        $net = intdiv($base * (100 - $discountPct), 100);
        return [
            'sku' => $sku,
            'label' => sprintf('%s @ %s', $item['name'], $store),
            'shelf' => $item['price'],
            'promo' => $item['promo'],
            'loyalty_discount_pct' => $discountPct,
            'net' => $net,
            'vat' => intdiv($net * $this->vatRate, 100 + $this->vatRate),
            'message' => $card === null
                ? 'Join our loyalty scheme to save on ' . $item['name']
                : sprintf('%s member price', ucfirst($card->tier)),
        ];
    }
}
