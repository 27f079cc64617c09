<?php

namespace App\Event;

final class ProductImported
{
    public function __construct(
        public readonly int $supplierId,
        public readonly string $feedUrl,
        public readonly string $sku,
        public readonly int $previousPrice,
        public readonly int $newPrice,
    ) {
    }
}
