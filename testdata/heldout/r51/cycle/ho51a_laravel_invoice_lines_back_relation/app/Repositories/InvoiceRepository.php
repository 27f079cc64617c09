<?php

namespace App\Repositories;

use App\Models\Invoice;
use Illuminate\Database\Eloquent\Collection;

class InvoiceRepository
{
    public function __construct(private string $currency = 'EUR')
    {
    }

    /** SELECT invoice + its lines (eager loaded). */
    public function findWithLines(int $id): Invoice
    {
        $invoice = Invoice::newFromRow([
            'id' => $id,
            'number' => sprintf('2024-%06d', $id),
            'customer_name' => 'Customer ' . ($id % 500),
            'billing_address' => sprintf("Keizersgracht %d\n1015 CJ Amsterdam", $id % 900),
            'currency' => $this->currency,
        ]);

        $lines = new Collection();
        foreach ($this->lineRows($id) as $row) {
            $lines->push($invoice->newLine($row));
        }

        return $invoice->setRelation('lines', $lines); // leak
    }

    private function lineRows(int $invoiceId): array
    {
        $rows = [];
        for ($k = 1; $k <= 3; $k++) {
            $rows[] = [
                'id' => $invoiceId * 10 + $k,
                'description' => "Consulting block {$k} for #{$invoiceId}",
                'quantity' => $k,
                'unit_price' => 12500 + $invoiceId % 100,
                'vat_rate' => 21.0,
            ];
        }

        return $rows;
    }
}
