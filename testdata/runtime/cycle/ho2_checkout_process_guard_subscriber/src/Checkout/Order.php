<?php

namespace App\Checkout;

final class Order
{
    public string $state = 'cart';

    /**
     * @param list<array{sku: string, name: string, qty: int, unit_price: int}> $lines
     */
    public function __construct(
        public readonly string $number,
        public readonly string $customerEmail,
        public readonly array $lines,
        public readonly array $shippingAddress,
    ) {
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['unit_price'], $this->lines));
    }
}
