<?php

namespace App\Catalog;

final class Product
{
    public function __construct(
        public readonly string $sku,
        public string $name,
        public string $description,
        public int $priceCents,
    ) {
    }
}
