<?php

namespace App\Message;

final class GenerateBill
{
    public function __construct(
        public readonly string $billingRunId,
        public readonly string $accountNumber,
        public readonly string $cycle,
        public readonly string $periodStart,
        public readonly string $periodEnd,
    ) {
    }
}
