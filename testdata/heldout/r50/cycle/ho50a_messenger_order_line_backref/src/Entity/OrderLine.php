<?php

namespace App\Entity;

class OrderLine
{
    private const VAT = ['DE' => 19, 'FR' => 20, 'NL' => 21, 'AT' => 20];

    private ?Order $order = null;

    public function __construct(
        private string $sku,
        private string $name,
        private int $quantity,
        private int $unitPrice,
    ) {
    }

    public function setOrder(Order $order): void
    {
        $this->order = $order; // leak
    }

    public function getOrder(): ?Order
    {
        return $this->order;
    }

    public function getNet(): int
    {
        return $this->quantity * $this->unitPrice;
    }

    public function getGross(): int
    {
        $rate = self::VAT[$this->getOrder()?->getCountry() ?? 'DE'] ?? 19;
        return intdiv($this->getNet() * (100 + $rate), 100);
    }
}
