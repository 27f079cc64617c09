<?php
namespace App\Billing;

final class InvoiceRepository
{
    /** @return iterable<array{number: string, customer: string, net: int, vat: int, issued: string}> */
    public function forMonth(string $month): iterable
    {
        foreach (range(1, 15) as $day) {
            yield ['number' => "INV-{$month}-{$day}", 'customer' => "Customer {$day} GmbH", 'net' => 10000 + 37 * $day, 'vat' => 1900 + 7 * $day, 'issued' => sprintf('%s-%02d', $month, $day)];
        }
    }
}
