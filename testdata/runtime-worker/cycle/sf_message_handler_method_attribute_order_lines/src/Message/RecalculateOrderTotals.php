<?php

namespace App\Message;

final class RecalculateOrderTotals
{
    /**
     * @param list<array{sku: string, label: string, qty: int, unit_price: int}> $lines
     */
    public function __construct(
        public readonly int $orderId,
        public readonly array $lines,
    ) {
    }
}
