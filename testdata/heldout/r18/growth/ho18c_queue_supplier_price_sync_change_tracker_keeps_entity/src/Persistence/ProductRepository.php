<?php

declare(strict_types=1);

namespace App\Persistence;

use App\Entity\Product;

final class ProductRepository
{
    public function __construct(
        private readonly Connection $connection,
        private readonly ProductHydrator $hydrator,
        private readonly ChangeTracker $tracker,
    ) {}

    public function find(int $id): ?Product
    {
        $row = $this->connection->fetchRow('products', $id);
        if ($row === null) {
            return null;
        }
        $product = $this->hydrator->hydrate($row);
        $this->tracker->snapshot($product);

        return $product;
    }

    public function save(Product $product): int
    {
        $changes = $this->tracker->changeSet($product);
        if ($changes !== []) {
            $this->connection->update('products', $changes, $product->id);
        }

        return \count($changes);
    }
}
