<?php

namespace App\Entity;

class OrderLine
{
    /** @var \WeakReference<Order>|null */
    private ?\WeakReference $order = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        private int $quantity,
        private int $unitPrice,
    ) {}

    public function setOrder(Order $order): void
    {
        $this->order = \WeakReference::create($order);
    }

    public function getOrder(): ?Order
    {
        return $this->order?->get();
    }

    public function amount(): int
    {
        return $this->quantity * $this->unitPrice;
    }
}
