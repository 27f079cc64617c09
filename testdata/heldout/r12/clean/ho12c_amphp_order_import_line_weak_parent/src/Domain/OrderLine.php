<?php

declare(strict_types=1);

namespace App\Domain;

final class OrderLine
{
    /** @var \WeakReference<Order> */
    private readonly \WeakReference $order;

    public function __construct(
        Order $order,
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
        $this->order = \WeakReference::create($order);
    }

    public function order(): Order
    {
        return $this->order->get() ?? throw new \LogicException("Order of line {$this->sku} is gone");
    }

    public function subtotalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }

    public function label(): string
    {
        return "{$this->order()->number}/{$this->sku} x{$this->quantity} ({$this->order()->currency})";
    }
}
