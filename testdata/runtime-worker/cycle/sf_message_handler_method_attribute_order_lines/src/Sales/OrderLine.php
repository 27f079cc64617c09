<?php

namespace App\Sales;

final class OrderLine
{
    public function __construct(
        public readonly Order $order, // leak
        public readonly string $sku,
        public readonly string $label,
        public readonly int $qty,
        public readonly int $unitPrice,
    ) {
    }

    public function subtotal(): int
    {
        return $this->qty * $this->unitPrice;
    }
}
