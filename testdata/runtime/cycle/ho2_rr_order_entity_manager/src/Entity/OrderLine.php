<?php

declare(strict_types=1);

namespace App\Entity;

class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        private readonly int $id,
        private readonly string $sku,
        private readonly int $quantity,
        private readonly string $description,
    ) {}

    public function getOrder(): ?Order
    {
        return $this->order;
    }

    public function setOrder(?Order $order): void
    {
        $this->order = $order; // leak
    }

    public function getSku(): string
    {
        return $this->sku;
    }

    public function getQuantity(): int
    {
        return $this->quantity;
    }
}
