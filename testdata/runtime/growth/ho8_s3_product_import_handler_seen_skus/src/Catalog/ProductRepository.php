<?php
namespace App\Catalog;

final class ProductRepository
{
    private int $writes = 0;

    public function upsert(string $sku, string $name, string $description, int $priceCents): void
    {
        $this->writes++;
    }
}
