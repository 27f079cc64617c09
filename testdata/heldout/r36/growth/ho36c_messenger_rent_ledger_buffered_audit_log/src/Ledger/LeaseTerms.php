<?php

namespace App\Ledger;

final class LeaseTerms
{
    public function __construct(
        public readonly string $leaseId,
        public readonly string $propertyCode,
        public readonly string $unit,
        public readonly int $monthlyRentCents,
        public readonly int $graceDays,
        public readonly int $lateFeeCents,
    ) {
    }
}
