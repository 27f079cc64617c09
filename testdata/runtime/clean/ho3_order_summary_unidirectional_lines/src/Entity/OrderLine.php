<?php

declare(strict_types=1);

namespace App\Entity;

/**
 * @ORM\Entity
 * @ORM\Table(name="sales_order_line")
 */
class OrderLine
{
    public function __construct(
        private string $sku,
        private string $label,
        private int $quantity,
        private int $unitPriceCents,
    ) {}

    public function getSku(): string
    {
        return $this->sku;
    }

    public function getLabel(): string
    {
        return $this->label;
    }

    public function getQuantity(): int
    {
        return $this->quantity;
    }

    public function getSubtotalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }
}
