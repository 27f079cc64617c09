<?php

namespace App\Catalog;

class ProductRepository
{
    public int $upserts = 0;

    public function upsert(string $sku, array $attributes): void
    {
        $this->upserts++;
    }
}
