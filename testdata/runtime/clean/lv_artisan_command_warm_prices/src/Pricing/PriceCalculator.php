<?php

namespace App\Pricing;

final class PriceCalculator
{
    /**
     * @param array<string, float> $vatRates
     */
    public function __construct(private array $vatRates)
    {
    }

    public function quote(string $sku, string $region): PriceQuote
    {
        $net = 1000 + crc32($sku) % 90000;
        $tiers = [];
        foreach ([1, 10, 50, 100, 500] as $quantity) {
            $tiers["qty_{$quantity}"] = (int) round($net * (1 - min(0.3, $quantity / 1000)));
        }

        return new PriceQuote($sku, $region, $net, (int) round($net * (1 + ($this->vatRates[$region] ?? 0.2))), $tiers, str_repeat("Prices for {$sku} include VAT where applicable. ", 8));
    }
}
