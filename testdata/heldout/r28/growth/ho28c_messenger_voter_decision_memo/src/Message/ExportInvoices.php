<?php

namespace App\Message;

final class ExportInvoices
{
    /** @param list<int> $invoiceIds */
    public function __construct(
        public readonly string $requestedBy,
        public readonly array $roles,
        public readonly string $tenant,
        public readonly array $invoiceIds,
        public readonly string $format,
    ) {
    }
}
