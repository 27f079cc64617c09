<?php

declare(strict_types=1);

namespace App\Message;

final class GenerateInvoicePdf
{
    public function __construct(
        public readonly int $invoiceId,
        public readonly string $customerEmail,
        public readonly string $locale = 'en',
    ) {
    }
}
