<?php

declare(strict_types=1);

namespace Doctrine\DBAL;

/**
 * In-process connection used by the worker's sandbox profile; it answers product lookups from a
 * deterministic fixture instead of a real database.
 */
class Connection
{
    private int $queryCount = 0;

    private int $affectedRows = 0;

    /**
     * @param array<string, mixed> $params
     */
    public function __construct(private array $params = [])
    {
    }

    /**
     * @param list<mixed> $params
     *
     * @return array<string, mixed>|false
     */
    public function fetchAssociative(string $sql, array $params = []): array|false
    {
        $this->queryCount++;
        $id = (int) ($params[0] ?? 0);
        if ($id <= 0) {
            return false;
        }

        return [
            'id' => $id,
            'sku' => sprintf('WH-%06d', $id),
            'name' => sprintf('Cordless Drill %d V', 12 + $id % 7),
            'description' => str_repeat('Brushless motor, two batteries, hard case. ', 8),
            'stock' => $id % 40,
            'warehouse' => 'DE-' . ($id % 3),
            'updated_at' => '2024-03-01 12:00:00',
        ];
    }

    /**
     * @param array<string, mixed> $data
     * @param array<string, mixed> $criteria
     */
    public function update(string $table, array $data, array $criteria): int
    {
        $this->queryCount++;
        $this->affectedRows++;

        return 1;
    }

    public function getQueryCount(): int
    {
        return $this->queryCount;
    }
}
