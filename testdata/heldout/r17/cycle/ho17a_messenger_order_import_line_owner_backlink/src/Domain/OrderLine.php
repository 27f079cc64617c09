<?php

declare(strict_types=1);

namespace App\Domain;

final class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $name,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {
    }

    public function assignTo(Order $order): void
    {
        if ($this->order !== null && $this->order !== $order) {
            throw new \LogicException("Line {$this->sku} already belongs to another order");
        }

        $this->order = $order; // leak
    }

    public function order(): Order
    {
        return $this->order ?? throw new \LogicException('Detached line');
    }

    public function subtotalCents(): int
    {
        return $this->unitCents * $this->quantity;
    }
}
