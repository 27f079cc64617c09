<?php

namespace App\Catalog;

final class Product
{
    public function __construct(
        public readonly Catalog $catalog,
        public readonly string $sku,
        public readonly int $priceCents,
        public readonly string $title,
    ) {
    }
}
