<?php

namespace App\Billing;

use Dompdf\Dompdf;

final class InvoiceRepository
{
    public function find(string $invoiceId, array $snapshot): array
    {
        return [
            'id' => $invoiceId,
            'number' => $snapshot['number'],
            'customer' => $snapshot['customer'],
            'lines' => $snapshot['lines'],
            'currency' => $snapshot['currency'],
            'issued_on' => $snapshot['issued_on'],
        ];
    }
}

final class InvoiceRenderer
{
    public function __construct(private Dompdf $dompdf, private string $template)
    {
    }

    public function render(array $invoice): string
    {
        $rows = '';
        $total = 0;
        foreach ($invoice['lines'] as $line) {
            $amount = $line['qty'] * $line['unit_minor'];
            $total += $amount;
            $rows .= sprintf('<tr><td>%s</td><td>%d</td><td>%s</td></tr>', htmlspecialchars($line['description']), $line['qty'], number_format($amount / 100, 2));
        }
        $html = strtr($this->template, [
            '{number}' => $invoice['number'],
            '{customer}' => htmlspecialchars($invoice['customer']['name']),
            '{rows}' => $rows,
            '{total}' => number_format($total / 100, 2) . ' ' . $invoice['currency'],
        ]);
        $this->dompdf->loadHtml($html);
        $this->dompdf->setPaper('A4');
        $this->dompdf->render();

        return $this->dompdf->output();
    }
}

/** Stand-in for the S3 disk: remembers how much it wrote, not what. */
final class InvoiceArchive
{
    private int $bytes = 0;

    public function put(string $path, string $contents): string
    {
        $this->bytes += strlen($contents);

        return 's3://billing-invoices/' . $path;
    }
}
