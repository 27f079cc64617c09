<?php

namespace App\Message;

final class SendInvoiceEmail
{
    public function __construct(
        public readonly int $invoiceId,
        public readonly string $recipient,
        public readonly string $locale,
    ) {
    }
}
