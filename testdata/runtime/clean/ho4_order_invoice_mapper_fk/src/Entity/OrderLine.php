<?php
declare(strict_types=1);

namespace Shop\Entity;

final class OrderLine extends AbstractEntity
{
    public function __construct(
        int $id,
        private int $orderId,
        private string $sku,
        private string $description,
        private int $quantity,
        private int $unitPriceCents,
    ) {
        parent::__construct($id);
    }

    public function getOrderId(): int
    {
        return $this->orderId;
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
