<?php

declare(strict_types=1);

namespace App\Invoices;

final class Invoice
{
    /** @param list<array{label: string, cents: int}> $items */
    public function __construct(
        public readonly string $number,
        public readonly string $tenant,
        public readonly string $customer,
        public readonly array $items,
    ) {
    }
}

final class TemplateEngine
{
    /** @param array<string, mixed> $vars */
    public function render(string $template, array $vars): string
    {
        $html = '<html><body><h1>' . htmlspecialchars($vars['title']) . '</h1><table>';
        foreach ($vars['rows'] as $row) {
            $html .= '<tr><td>' . htmlspecialchars($row['label']) . '</td><td>' . number_format($row['cents'] / 100, 2) . ' EUR</td></tr>';
        }

        return $html . '</table><footer>' . $template . '</footer></body></html>';
    }
}

final class InvoicePdfRenderer
{
    private ?string $html = null;

    public function __construct(private Invoice $invoice, private TemplateEngine $templates)
    {
    }

    public function html(): string
    {
        return $this->html ??= $this->templates->render('invoices/default.blade.php', [
            'title' => sprintf('Invoice %s - %s (%s)', $this->invoice->number, $this->invoice->customer, $this->invoice->tenant),
            'rows' => $this->invoice->items,
        ]);
    }

    public function toPdfBytes(): string
    {
        return "%PDF-1.7\n" . gzcompress($this->html(), 1);
    }
}

final class InvoiceController
{
    public function download(array $request): array
    {
        $invoice = new Invoice(
            $request['number'],
            $request['tenant'],
            $request['customer'],
            [
                ['label' => 'Hosting plan "Business" for ' . $request['customer'], 'cents' => 4900],
                ['label' => 'Additional storage 250 GB, billing period ' . $request['number'], 'cents' => 1500],
                ['label' => 'Priority support add-on, tenant ' . $request['tenant'], 'cents' => 2900],
            ],
        );

        /** @var InvoicePdfRenderer $renderer */
        $renderer = \App\Foundation\App::make(InvoicePdfRenderer::class, ['invoice' => $invoice]);

        return ['status' => 200, 'headers' => ['Content-Type' => 'application/pdf'], 'body' => $renderer->toPdfBytes()];
    }
}
