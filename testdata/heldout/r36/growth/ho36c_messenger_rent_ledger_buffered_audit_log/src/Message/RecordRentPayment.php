<?php

namespace App\Message;

final class RecordRentPayment
{
    public function __construct(
        public readonly string $leaseId,
        public readonly string $tenantId,
        public readonly int $amountCents,
        public readonly string $period,
        public readonly string $method,
        public readonly string $processorReference,
        public readonly string $receivedAt,
    ) {
    }
}
