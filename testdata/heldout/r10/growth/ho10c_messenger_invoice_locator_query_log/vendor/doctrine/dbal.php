<?php

declare(strict_types=1);

namespace Doctrine\DBAL\Logging {
    use Symfony\Contracts\Service\ResetInterface;

    /** Collects executed queries for the profiler panel. */
    class DebugStack implements ResetInterface
    {
        public array $queries = [];
        public bool $enabled = true;
        private int $current = 0;

        public function startQuery(string $sql, array $params = [], array $types = []): void
        {
            if ($this->enabled) {
                $this->queries[++$this->current] = ['sql' => $sql, 'params' => $params, 'types' => $types, 'executionMS' => 0]; // leak
            }
        }

        public function stopQuery(): void
        {
        }

        public function reset(): void
        {
            $this->queries = [];
            $this->current = 0;
        }
    }
}

namespace Doctrine\DBAL {
    use Doctrine\DBAL\Logging\DebugStack;
    use Symfony\Contracts\Service\ResetInterface;

    class Connection implements ResetInterface
    {
        private int $lastInsertId = 0;

        public function __construct(private array $params, private ?DebugStack $logger = null)
        {
        }

        public function fetchAllAssociative(string $sql, array $params = []): array
        {
            $this->logger?->startQuery($sql, $params);
            $rows = [];
            foreach (range(1, 1 + ($params[0] ?? 0) % 4) as $line) {
                $rows[] = ['line' => $line, 'description' => "Consulting hours, sprint {$line}", 'amount_cents' => 12000 * $line];
            }
            $this->logger?->stopQuery();
            return $rows;
        }

        public function executeStatement(string $sql, array $params = []): int
        {
            $this->logger?->startQuery($sql, $params);
            $this->lastInsertId++;
            $this->logger?->stopQuery();
            return 1;
        }

        public function reset(): void
        {
            $this->logger?->reset();
        }
    }
}
