<?php

namespace App\Catalog;

final class ProductSummary
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly int $priceCents,
        public readonly string $description,
    ) {
    }

    public static function find(int $id): self
    {
        return new self($id, "Trail runner {$id}", 8900 + $id % 500, str_repeat("Breathable mesh upper, model {$id}. ", 18));
    }
}
