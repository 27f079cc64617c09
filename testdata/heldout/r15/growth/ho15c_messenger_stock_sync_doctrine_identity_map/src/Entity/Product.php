<?php

declare(strict_types=1);

namespace App\Entity;

class Product
{
    public function __construct(
        public ?int $id,
        public string $sku,
        public string $name,
        public string $description,
        public int $stockOnHand,
        public array $attributes = [],
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self((int) $row['id'], $row['sku'], $row['name'], $row['description'], (int) $row['stock'], $row['attributes']);
    }
}

class StockMovement
{
    public ?int $id = null;

    public function __construct(
        public readonly Product $product,
        public readonly string $warehouse,
        public readonly int $delta,
        public readonly string $reference,
    ) {
    }
}
