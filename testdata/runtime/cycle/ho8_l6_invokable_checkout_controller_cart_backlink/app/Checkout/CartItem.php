<?php

namespace App\Checkout;

class CartItem
{
    public function __construct(
        public readonly Cart $cart, // leak
        public readonly string $sku,
        public readonly int $quantity,
        public readonly int $unitPrice,
        public readonly string $description,
    ) {}

    public function subtotal(): int
    {
        return $this->quantity * $this->unitPrice;
    }
}
