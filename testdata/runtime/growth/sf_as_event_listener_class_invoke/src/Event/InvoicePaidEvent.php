<?php

namespace App\Event;

final class InvoicePaidEvent
{
    public function __construct(
        public readonly string $invoiceNumber,
        public readonly string $customerEmail,
        public readonly int $amountCents,
        public readonly string $currency,
    ) {
    }
}
