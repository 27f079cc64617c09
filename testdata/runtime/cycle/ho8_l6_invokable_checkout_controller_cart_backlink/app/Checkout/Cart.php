<?php

namespace App\Checkout;

class Cart
{
    /** @var CartItem[] */
    public array $items = [];

    public function __construct(public readonly string $customer) {}

    public function add(string $sku, int $quantity, int $unitPrice, string $description): CartItem
    {
        return $this->items[] = new CartItem($this, $sku, $quantity, $unitPrice, $description); // leak
    }

    public function total(): int
    {
        return array_sum(array_map(fn (CartItem $item) => $item->subtotal(), $this->items));
    }
}
