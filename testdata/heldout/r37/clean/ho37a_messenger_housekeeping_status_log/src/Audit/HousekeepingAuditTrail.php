<?php

namespace App\Audit;

use App\Message\RoomStatusChanged;

/**
 * Collects room status transitions and writes them in one multi-row INSERT
 * instead of one round trip per change.
 */
final class HousekeepingAuditTrail
{
    private \SplQueue $pending;

    public function __construct(private readonly AuditWriter $writer)
    {
        $this->pending = new \SplQueue();
    }

    public function record(RoomStatusChanged $change, string $source): void
    {
        $this->pending->enqueue([
            'room' => $change->roomNumber,
            'from' => $change->previousStatus,
            'to' => $change->newStatus,
            'attendant' => $change->attendantId,
            'changed_at' => $change->changedAt->format(\DATE_ATOM),
            'note' => $change->note,
            'source' => $source,
        ]);
    }

    public function flush(): int
    {
        $rows = [];
        while (!$this->pending->isEmpty()) {
            $rows[] = $this->pending->dequeue();
        }
        if ($rows !== []) {
            $this->writer->insertRows('housekeeping_audit', $rows);
        }

        return count($rows);
    }
}

final class AuditWriter
{
    public int $rowsWritten = 0;

    public function insertRows(string $table, array $rows): void
    {
        // one INSERT ... VALUES (...), (...) through the DBAL connection
        $this->rowsWritten += count($rows);
    }
}
