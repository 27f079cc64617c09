<?php

declare(strict_types=1);

namespace App\Entity;

/**
 * @ORM\Entity
 * @ORM\Table(name="sales_order_line")
 */
class OrderLine
{
    /** @ORM\ManyToOne(targetEntity=Order::class, inversedBy="lines") */
    private ?Order $order = null;

    public function __construct(
        private string $sku,
        private string $label,
        private int $quantity,
        private int $unitPriceCents,
    ) {}

    public function getOrder(): ?Order
    {
        return $this->order;
    }

    public function setOrder(?Order $order): self
    {
        $this->order = $order; // leak

        return $this;
    }

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
