<?php

declare(strict_types=1);

namespace App\Audit;

/**
 * DEA/EPCS audit trail for transmitted prescriptions. Rows are collected in
 * memory and written with one multi-row insert instead of one query per event.
 */
final class PrescriptionAuditLog
{
    /** @var list<AuditEntry> */
    private array $pending = [];

    public function __construct(private readonly AuditSink $sink)
    {
    }

    public function record(AuditEntry $entry): void
    {
        $this->pending[] = $entry;
    }

    public function flush(): int
    {
        if ($this->pending === []) {
            return 0;
        }
        $rows = array_map(static fn (AuditEntry $e) => $e->toRow(), $this->pending);
        $this->pending = [];
        return $this->sink->insertMany($rows);
    }

    public function pendingCount(): int
    {
        return count($this->pending);
    }
}
