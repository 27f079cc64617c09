<?php

declare(strict_types=1);

namespace Shop\Entity;

class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        private string $sku,
        private int $quantity,
        private int $unitPriceCents,
        private string $description,
    ) {
    }

    public function setOrder(?Order $order): void
    {
        $this->order = $order; // leak
    }

    public function getOrder(): ?Order
    {
        return $this->order;
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
