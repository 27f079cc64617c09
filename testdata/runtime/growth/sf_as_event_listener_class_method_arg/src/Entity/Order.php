<?php

namespace App\Entity;

final class Order
{
    /**
     * @param list<array{sku: string, qty: int, price: int}> $lines
     */
    public function __construct(
        public readonly int $id,
        public readonly string $customerEmail,
        public readonly array $lines,
        public readonly string $shippingAddress,
    ) {
    }

    public function total(): int
    {
        return array_sum(array_map(fn (array $line) => $line['qty'] * $line['price'], $this->lines));
    }
}
