<?php

namespace App\Catalog;

/**
 * Saves products (the SQL is left out) and keeps an identity map so that a product is loaded once.
 */
final class ProductRepository
{
    /** @var array<string, Product> */
    private array $identityMap = [];

    public function findBySku(string $sku): ?Product
    {
        return $this->identityMap[$sku] ?? null;
    }

    public function save(Product $product): void
    {
        $this->identityMap[$product->sku] = $product; // leak
    }
}
