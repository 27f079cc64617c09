<?php

namespace App\Services;

use App\Models\Invoice;
use App\Models\InvoiceLine;

class InvoicePdfRenderer
{
    public function render(Invoice $invoice, string $footer): string
    {
        $body = $invoice->lines()->map(static fn (InvoiceLine $line) => $line->describe())->implode("\n");

        return "%PDF-1.7\nInvoice {$invoice->number}\n{$invoice->customer_name}\n{$invoice->billing_address}\n\n{$body}\n\nTotal: "
            . number_format($invoice->total() / 100, 2) . " {$invoice->currency}\n{$footer}\n%%EOF";
    }
}
