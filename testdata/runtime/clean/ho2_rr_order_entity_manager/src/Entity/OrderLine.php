<?php

declare(strict_types=1);

namespace App\Entity;

class OrderLine
{
    private ?int $orderId = null;

    public function __construct(
        private readonly int $id,
        private readonly string $sku,
        private readonly int $quantity,
        private readonly string $description,
    ) {}

    public function getOrderId(): ?int
    {
        return $this->orderId;
    }

    public function setOrderId(?int $orderId): void
    {
        $this->orderId = $orderId;
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
