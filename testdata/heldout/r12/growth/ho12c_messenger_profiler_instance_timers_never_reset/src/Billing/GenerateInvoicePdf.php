<?php

declare(strict_types=1);

namespace App\Billing;

final class GenerateInvoicePdf
{
    public function __construct(public readonly int $invoiceId, public readonly string $customerEmail)
    {
    }
}

final class GenerateInvoicePdfHandler
{
    public string $lastRendered = '';

    public function __invoke(GenerateInvoicePdf $message): void
    {
        $this->lastRendered = "%PDF-1.7 invoice {$message->invoiceId} for {$message->customerEmail}";
    }
}
