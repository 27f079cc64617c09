<?php

namespace App\Jobs;

use App\Repositories\InvoiceRepository;
use App\Services\InvoicePdfRenderer;
use App\Services\InvoiceStorage;

class GenerateInvoicePdf
{
    public int $tries = 3;

    public function __construct(public int $invoiceId)
    {
    }

    public function handle(InvoiceRepository $invoices, InvoicePdfRenderer $renderer, InvoiceStorage $storage): void
    {
        $invoice = $invoices->findWithLines($this->invoiceId);
        $config = require __DIR__ . '/../../config/invoices.php';

        $storage->put("invoices/{$invoice->number}.pdf", $renderer->render($invoice, $config['footer']));
    }
}
