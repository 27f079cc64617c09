<?php

namespace App\Pricing;

final class QuoteService
{
    /**
     * @param array<string, int> $unitPrices cents by SKU prefix
     */
    public function __construct(private array $unitPrices)
    {
    }

    public function quote(array $params): array
    {
        $unit = $this->unitPrices[substr($params['sku'], 0, 6)] ?? 1999;
        $quantity = (int) $params['quantity'];

        return ['sku' => $params['sku'], 'quantity' => $quantity, 'total_cents' => $unit * $quantity, 'currency' => 'EUR'];
    }
}
