<?php

namespace App\Audit;

final class AuditWriter
{
    public int $rowsWritten = 0;

    public function __construct(private readonly string $connection)
    {
    }

    public function insertMany(array $rows): void
    {
        // INSERT INTO gate_scans (barcode, gate, result, scanned_at) VALUES ...
        $this->rowsWritten += count($rows);
    }
}
