<?php

namespace App\Audit;

/**
 * Collects audit rows so they are inserted in batches rather than one
 * INSERT per scanned parcel.
 */
final class AuditBuffer
{
    private const MAX_PENDING = 200;

    /** @var list<array<string, scalar>> */
    private array $rows = [];

    public function push(array $row): void
    {
        $this->rows[] = $row;
    }

    /** Written out once the consumer has nothing else to do, or once it is full. */
    public function isDue(bool $workerIdle): bool
    {
        return $this->rows !== [] && ($workerIdle || count($this->rows) >= self::MAX_PENDING);
    }

    /** @return list<array<string, scalar>> */
    public function drain(): array
    {
        $rows = $this->rows;
        $this->rows = [];

        return $rows;
    }
}
