<?php

namespace App\Repository;

use App\Database\Connection;

final class ProductRepository
{
    public function __construct(private Connection $connection)
    {
    }

    public function upsert(string $sku, string $name, int $priceCents, array $attributes): int
    {
        return $this->connection->executeStatement(
            'INSERT INTO product (sku, name, price_cents, attributes) VALUES (?, ?, ?, ?)'
            . ' ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, price_cents = EXCLUDED.price_cents, attributes = EXCLUDED.attributes',
            [$sku, $name, $priceCents, json_encode($attributes)],
        );
    }
}
