<?php

declare(strict_types=1);

namespace App\Domain;

final class OrderLine
{
    public function __construct(
        private readonly Order $order, // leak
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }

    public function order(): Order
    {
        return $this->order;
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
