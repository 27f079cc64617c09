<?php

declare(strict_types=1);

namespace Shop\Entity;

class OrderLine
{
    public function __construct(
        private int $orderId,
        private string $sku,
        private int $quantity,
        private int $unitPriceCents,
        private string $description,
    ) {
    }

    public function getOrderId(): int
    {
        return $this->orderId;
    }

    public function getSku(): string
    {
        return $this->sku;
    }

    public function getQuantity(): int
    {
        return $this->quantity;
    }

    public function getDescription(): string
    {
        return $this->description;
    }

    public function getSubtotalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }
}
