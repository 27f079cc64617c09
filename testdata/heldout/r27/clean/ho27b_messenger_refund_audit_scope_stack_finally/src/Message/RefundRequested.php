<?php

namespace App\Message;

final class RefundRequested
{
    public function __construct(
        public readonly string $refundId,
        public readonly string $paymentId,
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly string $reason,
        public readonly string $requestedBy,
        public readonly string $customerNote,
        public readonly string $requestedAt,
    ) {
    }
}
