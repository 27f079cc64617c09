<?php

namespace App\Audit;

/**
 * Collects audit rows so they are inserted in batches rather than one
 * INSERT per scanned parcel.
 */
final class AuditBuffer
{
    /** @var list<array<string, scalar>> */
    private array $rows = [];

    public function push(array $row): void
    {
        $this->rows[] = $row; // leak
    }

    /** Written out once the consumer has nothing else to do. */
    public function isDue(bool $workerIdle): bool
    {
        return $workerIdle && $this->rows !== [];
    }

    /** @return list<array<string, scalar>> */
    public function drain(): array
    {
        $rows = $this->rows;
        $this->rows = [];

        return $rows;
    }
}
