<?php

namespace App\Audit;

use App\Tickets\ScanRecord;

/**
 * Collects gate scans and writes them to the audit store in batches, when
 * the batch is full or when the gate closes for the night.
 */
final class ScanAuditBuffer
{
    private \SplQueue $pending;

    public function __construct(private readonly AuditWriter $writer, private readonly int $batchRows)
    {
        $this->pending = new \SplQueue();
    }

    public function record(ScanRecord $scan): void
    {
        $this->pending->enqueue($scan);

        if ($this->pending->count() >= $this->batchRows || $scan->closesGate()) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        $rows = [];
        while (!$this->pending->isEmpty()) {
            $scan = $this->pending->dequeue();
            $rows[] = [$scan->barcode, $scan->gate, $scan->result, $scan->scannedAt];
        }
        if ($rows !== []) {
            $this->writer->insertMany($rows);
        }
    }
}
