<?php

declare(strict_types=1);

namespace Logistics\Persistence;

/**
 * Fake PDO wrapper returning deterministic rows.
 */
final class Connection
{
    private int $transactionLevel = 0;
    private int $queryCount = 0;

    /**
     * @return array<string, scalar>|null
     */
    public function fetchAssociative(string $sql, array $params): ?array
    {
        $this->queryCount++;
        $id = (int) $params[0];
        if (str_contains($sql, 'FROM shipment')) {
            return [
                'id' => $id,
                'tracking_number' => sprintf('1Z%08dDE', $id),
                'carrier' => 'DHL',
                'customer_id' => 1 + $id % 40,
                'status' => 'in_transit',
                'last_scan' => 'Sorted at hub Leipzig; departed for delivery base ' . ($id % 17) . '. ' . str_repeat('Handling notes: do not bend. ', 10),
            ];
        }
        if (str_contains($sql, 'FROM customer')) {
            return ['id' => $id, 'email' => 'customer' . $id . '@example.net', 'locale' => $id % 2 ? 'de_DE' : 'en_GB'];
        }

        return null;
    }

    public function beginTransaction(): void
    {
        $this->transactionLevel++;
    }

    public function commit(): void
    {
        $this->transactionLevel--;
    }

    public function rollBack(): void
    {
        $this->transactionLevel = 0;
    }

    public function isTransactionActive(): bool
    {
        return $this->transactionLevel > 0;
    }
}
