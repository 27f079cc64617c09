<?php

namespace App\Domain;

final class OrderLine
{
    public function __construct(
        public readonly string $sku,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {
    }

    public function totalCents(): int
    {
        return $this->quantity * $this->unitCents;
    }
}
