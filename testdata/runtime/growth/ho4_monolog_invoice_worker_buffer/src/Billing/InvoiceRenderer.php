<?php

declare(strict_types=1);

namespace App\Billing;

use App\Message\GenerateInvoice;

final class InvoiceRenderer
{
    public function __construct(private string $companyName, private string $vatNumber)
    {
    }

    public function render(GenerateInvoice $message, string $number): string
    {
        $rows = '';
        $total = 0;
        foreach ($message->lines as $line) {
            $amount = $line['qty'] * $line['unit_price'];
            $total += $amount;
            $rows .= sprintf('<tr><td>%s</td><td>%d</td><td>%s</td></tr>', $line['sku'], $line['qty'], $this->money($amount, $message->currency));
        }

        return sprintf(
            '<html><body><h1>%s</h1><p>Invoice %s &mdash; VAT %s</p><table>%s</table><p>Total: %s</p></body></html>',
            htmlspecialchars($this->companyName),
            $number,
            $this->vatNumber,
            $rows,
            $this->money($total, $message->currency),
        );
    }

    private function money(int $cents, string $currency): string
    {
        return sprintf('%s %s', number_format($cents / 100, 2, '.', ','), $currency);
    }
}
