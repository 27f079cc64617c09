<?php

namespace App\Jobs;

use App\Audit\AuditSeverity;
use App\Audit\AuditTrail;
use App\Billing\InvoiceArchive;
use App\Billing\InvoiceRenderer;
use App\Billing\InvoiceRepository;

final class GenerateInvoicePdf
{
    public function __construct(
        private InvoiceRepository $invoices,
        private InvoiceRenderer $renderer,
        private InvoiceArchive $archive,
        private AuditTrail $audit,
    ) {
    }

    public function handle(array $data): void
    {
        $invoice = $this->invoices->find($data['invoice_id'], $data['snapshot']);
        $pdf = $this->renderer->render($invoice);
        $path = sprintf('%s/%s.pdf', substr($invoice['issued_on'], 0, 7), $invoice['number']);
        $url = $this->archive->put($path, $pdf);

        $this->audit->record('invoice.pdf.generated', AuditSeverity::Info, 'invoice', $invoice['id'], [
            'number' => $invoice['number'],
            'customer_id' => $invoice['customer']['id'],
            'sha256' => hash('sha256', $pdf),
            'bytes' => strlen($pdf),
            'location' => $url,
            'requested_by' => $data['requested_by'],
        ]);
        if ($data['email_customer']) {
            $this->audit->record('invoice.delivery.queued', AuditSeverity::Notice, 'invoice', $invoice['id'], [
                'to' => $invoice['customer']['email'],
                'template' => 'invoice_issued_v3',
            ]);
        }
    }
}
