<?php

namespace App\Orders;

class OrderRepository
{
    private ?OrderCacheInvalidator $invalidator = null;

    private ?Order $lastLoaded = null;

    public function __construct(private string $dsn)
    {
    }

    public function setInvalidator(OrderCacheInvalidator $invalidator): void
    {
        $this->invalidator = $invalidator;
    }

    public function find(int $id): Order
    {
        $lines = [];
        for ($k = 1; $k <= 6; $k++) {
            $lines[] = "SKU-{$id}-{$k} x" . ($k % 4 + 1);
        }

        return $this->lastLoaded = new Order($id, 'paid', str_repeat("Unit {$id}, Harbour Road, Leith, Edinburgh EH6; ", 10), $lines);
    }

    public function markShipped(Order $order): void
    {
        $order->status = 'shipped';
        $this->invalidator?->forget($order->id);
    }
}
