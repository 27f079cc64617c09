<?php

namespace App\Catalog;

final class Catalog
{
    /** @var array<string, Product> */
    private array $products = [];

    public function __construct(public readonly string $currency)
    {
    }

    public function add(string $sku, int $priceCents, string $title): Product
    {
        $product = new Product($this, $sku, $priceCents, $title);
        $this->products[$sku] = $product;

        return $product;
    }

    public function priceOf(string $sku, int $default): int
    {
        return isset($this->products[$sku]) ? $this->products[$sku]->priceCents : $default;
    }
}
