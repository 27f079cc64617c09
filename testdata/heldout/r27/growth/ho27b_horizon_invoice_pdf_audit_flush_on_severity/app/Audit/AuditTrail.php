<?php

namespace App\Audit;

use SplQueue;

/**
 * Buffers audit entries and writes them to the audit table in one insert.
 * Urgent entries make the buffer go out at the end of the job that raised
 * them; everything else goes out with the next urgent entry or when the
 * worker stops.
 */
final class AuditTrail
{
    /** @var SplQueue<AuditEntry> */
    private SplQueue $pending;

    private AuditSeverity $highestPending = AuditSeverity::Debug;

    public function __construct(
        private AuditTable $table,
        private AuditSeverity $flushOn,
        private string $system,
    ) {
        $this->pending = new SplQueue();
    }

    public function record(string $action, AuditSeverity $severity, string $subjectType, string $subjectId, array $context = []): void
    {
        $this->pending->enqueue(new AuditEntry( // leak
            $action,
            $severity,
            $this->system,
            $subjectType,
            $subjectId,
            $context,
            gmdate('Y-m-d\TH:i:s\Z'),
        ));
        if ($severity->value > $this->highestPending->value) {
            $this->highestPending = $severity;
        }
    }

    public function flushIfDue(): void
    {
        if ($this->highestPending->atLeast($this->flushOn)) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        $rows = [];
        while (!$this->pending->isEmpty()) {
            $rows[] = $this->pending->dequeue()->toRow();
        }
        if ($rows !== []) {
            $this->table->insertBatch($rows);
        }
        $this->highestPending = AuditSeverity::Debug;
    }
}
