<?php

namespace App\Ledger;

final class LeaseRepository
{
    /** @var array<string, LeaseTerms> */
    private array $leases = [];

    public function __construct(array $rows)
    {
        foreach ($rows as $row) {
            $this->leases[$row[0]] = new LeaseTerms(...$row);
        }
    }

    public function get(string $leaseId): LeaseTerms
    {
        return $this->leases[$leaseId] ?? throw new \OutOfBoundsException("Unknown lease $leaseId");
    }
}
