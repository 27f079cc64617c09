<?php
namespace App\Controller\Billing;

use App\Billing\InvoiceRepository;
use Symfony\Component\HttpFoundation\{Request, StreamedResponse};
use Symfony\Component\Routing\Attribute\Route;

#[Route('/billing/invoices/export.csv', name: 'billing_invoice_export')]
final class ExportInvoicesController
{
    public function __construct(private InvoiceRepository $invoices) {}

    public function __invoke(Request $request): StreamedResponse
    {
        $month = (string) $request->query->get('month');

        return new StreamedResponse(function () use ($month) {
            $out = fopen('php://output', 'w');
            fputcsv($out, ['Number', 'Customer', 'Net', 'VAT', 'Gross', 'Issued']);
            foreach ($this->invoices->forMonth($month) as $invoice) {
                fputcsv($out, $this->formatRow($invoice));
            }
            fclose($out);
        }, 200, ['content-type' => 'text/csv', 'content-disposition' => "attachment; filename=invoices-{$month}.csv"]);
    }

    private function formatRow(array $invoice): array
    {
        return [$invoice['number'], $invoice['customer'], $invoice['net'] / 100, $invoice['vat'] / 100, ($invoice['net'] + $invoice['vat']) / 100, $invoice['issued']];
    }
}
