<?php

declare(strict_types=1);

namespace App\Database;

/**
 * Stand-in for a DBAL connection; returns canned rows but reports every query to the logger.
 */
final class Connection
{
    public function __construct(
        private readonly string $dsn,
        private readonly ?QueryLogger $logger = null,
    ) {
    }

    /**
     * @param array<int|string, mixed> $params
     * @return array<string, mixed>|null
     */
    public function fetchAssociative(string $sql, array $params = []): ?array
    {
        $start = hrtime(true);
        $row = [
            'id' => $params[0] ?? 0,
            'title' => 'Article ' . ($params[0] ?? 0),
            'body' => str_repeat('Some article paragraph. ', 15),
            'author_id' => 7,
        ];
        $this->logger?->logQuery($sql, $params, (hrtime(true) - $start) / 1e6);
        return $row;
    }

    /**
     * @param array<int|string, mixed> $params
     */
    public function executeStatement(string $sql, array $params = []): int
    {
        $start = hrtime(true);
        $this->logger?->logQuery($sql, $params, (hrtime(true) - $start) / 1e6);
        return 1;
    }
}
