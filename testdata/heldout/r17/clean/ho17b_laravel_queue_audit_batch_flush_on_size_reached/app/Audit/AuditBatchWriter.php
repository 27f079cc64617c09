<?php

declare(strict_types=1);

namespace App\Audit;

interface AuditSink
{
    /** @param list<array<string, scalar>> $rows */
    public function insert(string $table, array $rows): void;
}

final class NullSink implements AuditSink
{
    public int $inserted = 0;

    public function insert(string $table, array $rows): void
    {
        $this->inserted += count($rows);
    }
}

final class AuditBatchWriter
{
    /** @var list<array<string, scalar>> */
    private array $pending = [];

    public function __construct(
        private readonly AuditSink $sink,
        private readonly string $table,
        private readonly int $batchSize,
    ) {
    }

    /** @param array<string, scalar> ...$rows */
    public function push(array ...$rows): void
    {
        foreach ($rows as $row) {
            $this->pending[] = $row;
        }

        if (count($this->pending) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->sink->insert($this->table, $this->pending);
        $this->pending = [];
    }
}
