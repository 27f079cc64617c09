<?php

namespace App\Orders;

class OrderCacheInvalidator
{
    private int $forgotten = 0;

    public function __construct(
        private OrderRepository $orders,
    ) {
    }

    public function forget(int $orderId): void
    {
        $this->forgotten++;
    }
}
