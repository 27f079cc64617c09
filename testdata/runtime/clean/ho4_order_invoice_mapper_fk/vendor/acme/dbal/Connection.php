<?php
declare(strict_types=1);

namespace Acme\Dbal;

/**
 * Minimal stand-in for a DBAL connection: returns deterministic rows.
 */
class Connection
{
    private int $queryCount = 0;

    public function __construct(private string $dsn)
    {
    }

    /** @return array<string, mixed>|false */
    public function fetchAssociative(string $sql, array $params = []): array|false
    {
        $this->queryCount++;
        $id = (int) ($params[0] ?? 0);
        if ($id <= 0) {
            return false;
        }
        return [
            'id' => $id,
            'customer_email' => 'customer' . $id . '@example.org',
            'currency' => 'EUR',
            'notes' => 'Deliver to the back entrance, ring twice. Order ref ' . $id . '. ' . str_repeat('n', 120),
            'created_at' => '2024-03-01 10:00:00',
        ];
    }

    /** @return list<array<string, mixed>> */
    public function fetchAllAssociative(string $sql, array $params = []): array
    {
        $this->queryCount++;
        $orderId = (int) ($params[0] ?? 0);
        $rows = [];
        for ($k = 1; $k <= 3; $k++) {
            $rows[] = [
                'id' => $orderId * 10 + $k,
                'sku' => sprintf('SKU-%05d-%d', $orderId % 99999, $k),
                'description' => 'Product line ' . $k . ' for order ' . $orderId . ' - ' . str_repeat('d', 60),
                'quantity' => $k,
                'unit_price_cents' => 1999 * $k,
            ];
        }
        return $rows;
    }

    public function getQueryCount(): int
    {
        return $this->queryCount;
    }
}
