<?php

namespace App\Order;

final class Order
{
    public function __construct(
        public readonly int $id,
        public readonly string $customer,
        public readonly string $lines,
        public readonly string $status,
    ) {
    }
}
