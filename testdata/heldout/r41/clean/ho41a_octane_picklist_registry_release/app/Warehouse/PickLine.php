<?php

namespace App\Warehouse;

final class PickLine
{
    public int $picked = 0;

    public function __construct(
        public readonly string $sku,
        public readonly string $binLocation,
        public readonly int $quantity,
        public readonly string $description,
    ) {
    }

    public function isShort(): bool
    {
        return $this->picked < $this->quantity;
    }
}
