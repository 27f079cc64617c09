<?php

namespace App\Inventory;

final class StockDelta
{
    public function __construct(
        public readonly string $sku,
        public readonly string $warehouse,
        public readonly int $before,
        public readonly int $after,
        public readonly string $source,
    ) {
    }

    public function isZero(): bool
    {
        return $this->before === $this->after;
    }
}
