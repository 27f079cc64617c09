<?php

namespace App\Billing;

final class InvoiceLine
{
    public function __construct(public readonly Invoice $invoice, public readonly string $description, public readonly int $cents) {} // leak

    public function vatCents(): int
    {
        return (int) round($this->cents * $this->invoice->vatRate);
    }
}

final class Invoice
{
    /** @var list<InvoiceLine> */
    public array $lines = [];

    public function __construct(public readonly string $number, public readonly float $vatRate) {}

    public function addLine(string $description, int $cents): void
    {
        $this->lines[] = new InvoiceLine($this, $description, $cents); // leak
    }

    public function totalCents(): int
    {
        return array_sum(array_map(fn (InvoiceLine $l) => $l->cents + $l->vatCents(), $this->lines));
    }
}
