<?php

declare(strict_types=1);

namespace Shop\Persistence;

/**
 * Tiny stand-in for a DBAL connection: answers the two queries the repository issues.
 */
final class ArrayConnection
{
    private int $queryCount = 0;

    /**
     * @param array<string, scalar> $params
     * @return list<array<string, scalar>>
     */
    public function fetchAllAssociative(string $sql, array $params = []): array
    {
        $this->queryCount++;
        $id = (int) ($params['id'] ?? 0);

        if (str_starts_with($sql, 'SELECT * FROM orders')) {
            return [[
                'id' => $id,
                'customer_email' => sprintf('buyer%d@example.org', $id),
                'placed_at' => '2024-03-01 10:15:00',
                'shipping_address' => str_repeat("Flat {$id}, Long Street, Springfield ", 4),
            ]];
        }

        if (str_starts_with($sql, 'SELECT * FROM order_lines')) {
            $rows = [];
            foreach (['TSHIRT-M', 'MUG-BLK'] as $k => $sku) {
                $rows[] = [
                    'sku' => $sku,
                    'quantity' => $k + 1,
                    'unit_price' => 1299 + $k * 300,
                    'description' => str_repeat("Product {$sku} for order {$id}. ", 8),
                ];
            }
            return $rows;
        }

        return [];
    }

    public function getQueryCount(): int
    {
        return $this->queryCount;
    }
}
