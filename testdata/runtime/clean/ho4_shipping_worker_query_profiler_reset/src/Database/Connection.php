<?php
declare(strict_types=1);

namespace App\Database;

use App\Profiler\QueryProfilerInterface;

/**
 * Stand-in for a PDO-backed connection; statements are profiled but not sent anywhere.
 */
final class Connection
{
    private int $affected = 0;

    public function __construct(
        private string $dsn,
        private QueryProfilerInterface $profiler,
    ) {
    }

    public function executeStatement(string $sql, array $params = []): int
    {
        $this->profiler->startQuery($sql, $params);
        try {
            $this->affected++;

            return 1;
        } finally {
            $this->profiler->stopQuery();
        }
    }

    public function fetchOne(string $sql, array $params = []): string|int|false
    {
        $this->profiler->startQuery($sql, $params);
        try {
            return 'customer-' . ($params['id'] ?? 0) . '@example.org';
        } finally {
            $this->profiler->stopQuery();
        }
    }

    public function transactional(callable $work): mixed
    {
        $this->executeStatement('BEGIN');
        try {
            $result = $work($this);
            $this->executeStatement('COMMIT');

            return $result;
        } catch (\Throwable $e) {
            $this->executeStatement('ROLLBACK');
            throw $e;
        }
    }
}
