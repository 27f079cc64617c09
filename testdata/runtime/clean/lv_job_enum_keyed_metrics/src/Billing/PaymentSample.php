<?php

namespace App\Billing;

final class PaymentSample
{
    public function __construct(
        public readonly string $invoiceNumber,
        public readonly int $amountCents,
        public readonly string $remittance,
        public readonly float $recordedAt,
    ) {
    }
}
