<?php

declare(strict_types=1);

namespace Acme\Shop\Entity;

/**
 * Owning side of the Order <-> OrderLine association.
 */
class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        private readonly string $sku,
        private readonly string $description,
        private readonly int $quantity,
        private readonly int $unitPriceCents,
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

    public function getDescription(): string
    {
        return $this->description;
    }

    public function getSubtotalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }
}
