<?php

namespace App\Repositories;

/**
 * Catalogue snapshot loaded at boot; read-only afterwards.
 */
class ProductRepository
{
    /** @var array<string, array{sku: string, name: string, price: int}> */
    private array $products = [];

    public function __construct()
    {
        foreach (['chair' => 12900, 'desk' => 48900, 'lamp' => 3450, 'shelf' => 8990, 'rug' => 15900] as $sku => $price) {
            $this->products[$sku] = ['sku' => $sku, 'name' => ucfirst($sku), 'price' => $price];
        }
    }

    public function find(string $sku): ?array
    {
        return $this->products[$sku] ?? null;
    }
}
