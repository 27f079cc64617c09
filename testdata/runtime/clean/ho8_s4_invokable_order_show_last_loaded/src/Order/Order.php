<?php
namespace App\Order;

final class Order
{
    /** @param list<array{sku: string, qty: int, cents: int}> $items */
    public function __construct(
        public readonly int $id,
        public readonly string $customerEmail,
        public readonly string $shippingAddress,
        public readonly array $items,
        public readonly string $status,
    ) {}
}
