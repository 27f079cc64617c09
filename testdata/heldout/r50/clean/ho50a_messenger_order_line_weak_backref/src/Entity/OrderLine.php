<?php

namespace App\Entity;

class OrderLine
{
    private const VAT = ['DE' => 19, 'FR' => 20, 'NL' => 21, 'AT' => 20];

    private ?\WeakReference $order = null;

    public function __construct(
        private string $sku,
        private string $name,
        private int $quantity,
        private int $unitPrice,
    ) {
    }

    public function setOrder(Order $order): void
    {
        $this->order = \WeakReference::create($order);
    }

    public function getOrder(): ?Order
    {
        return $this->order?->get();
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
