<?php

namespace App\Entity;

class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        private int $quantity,
        private int $unitPrice,
    ) {}

    public function setOrder(Order $order): void
    {
        $this->order = $order; // leak
    }

    public function amount(): int
    {
        return $this->quantity * $this->unitPrice;
    }
}
