<?php

declare(strict_types=1);

namespace App\Audit;

final class AuditRecord
{
    public function __construct(
        public readonly string $actor,
        public readonly string $action,
        public readonly string $subject,
        public readonly array $changes,
        public readonly string $jobUuid,
    ) {
    }
}

interface AuditStore
{
    /** @param list<AuditRecord> $records */
    public function insertBatch(array $records): void;
}

final class NullAuditStore implements AuditStore
{
    public int $rows = 0;

    public function insertBatch(array $records): void
    {
        $this->rows += count($records);
    }
}

/**
 * Buffers audit rows so a job writes them in one INSERT instead of one per
 * change; the buffer is written out by flush().
 */
final class AuditTrail
{
    /** @var list<AuditRecord> */
    private array $pending = [];

    public function __construct(private readonly AuditStore $store)
    {
    }

    public function record(AuditRecord $record): void
    {
        $this->pending[] = $record; // leak
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->store->insertBatch($this->pending);
        $this->pending = [];
    }
}
