<?php

namespace App\Orders;

final class Order
{
    public function __construct(
        public readonly int $id,
        public string $status,
        public readonly string $shippingAddress,
        public readonly array $lines,
    ) {
    }
}
