<?php

namespace App\Repository;

final class ProductRepository
{
    private const CATEGORIES = ['seating', 'tables', 'lighting', 'storage'];

    public function find(int $id): ?array
    {
        if ($id < 1) {
            return null;
        }

        return [
            'id' => $id,
            'slug' => 'product-' . $id,
            'name' => 'Product ' . $id,
            'category' => self::CATEGORIES[$id % 4],
            'related' => [$id + 1, $id + 2],
        ];
    }
}
