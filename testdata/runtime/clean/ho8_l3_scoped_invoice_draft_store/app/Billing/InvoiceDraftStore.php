<?php

namespace App\Billing;

class InvoiceDraftStore
{
    private array $lines = [];

    public function add(string $invoice, LineItem $line): void
    {
        $this->lines[$invoice][] = $line;
    }

    public function totalCents(string $invoice): int
    {
        return array_sum(array_map(fn (LineItem $l) => $l->quantity * $l->unitCents, $this->lines[$invoice] ?? []));
    }
}
