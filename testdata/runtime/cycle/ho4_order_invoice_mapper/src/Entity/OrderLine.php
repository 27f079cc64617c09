<?php
declare(strict_types=1);

namespace Shop\Entity;

final class OrderLine extends AbstractEntity
{
    private ?Order $order = null;

    public function __construct(
        int $id,
        private string $sku,
        private string $description,
        private int $quantity,
        private int $unitPriceCents,
    ) {
        parent::__construct($id);
    }

    public function setOrder(Order $order): void
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

    public function getTotalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }

    public function getQuantity(): int
    {
        return $this->quantity;
    }
}
