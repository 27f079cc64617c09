<?php

namespace App\Order;

final class OrderIdentityMap
{
    /** @var array<int, Order> */
    private array $orders = [];

    public function remember(Order $order): void
    {
        $this->orders[$order->id] = $order; // leak
    }

    public function get(int $id): ?Order
    {
        return $this->orders[$id] ?? null;
    }
}
