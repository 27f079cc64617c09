<?php

declare(strict_types=1);

namespace App\Domain;

final class OrderLine
{
    /** @var \WeakReference<Order>|null */
    private ?\WeakReference $order = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $name,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {
    }

    public function assignTo(Order $order): void
    {
        $current = $this->order?->get();
        if ($current !== null && $current !== $order) {
            throw new \LogicException("Line {$this->sku} already belongs to another order");
        }

        $this->order = \WeakReference::create($order);
    }

    public function order(): Order
    {
        return $this->order?->get() ?? throw new \LogicException('Detached line');
    }

    public function subtotalCents(): int
    {
        return $this->unitCents * $this->quantity;
    }
}
