<?php

namespace App\Inventory;

final class Product
{
    public function __construct(
        public readonly string $sku,
        public readonly string $name,
        public readonly string $description,
        public int $onHand,
    ) {
    }
}
