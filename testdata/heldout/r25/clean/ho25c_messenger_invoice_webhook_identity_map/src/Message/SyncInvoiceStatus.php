<?php

namespace App\Message;

final class SyncInvoiceStatus
{
    public function __construct(
        public readonly int $invoiceId,
        public readonly string $providerStatus,
        public readonly string $providerReference,
        public readonly int $occurredAt,
    ) {
    }
}
