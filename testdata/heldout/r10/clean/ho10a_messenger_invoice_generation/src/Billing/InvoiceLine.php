<?php

declare(strict_types=1);

namespace App\Billing;

final class InvoiceLine
{
    private int $discountCents = 0;

    public function __construct(
        private readonly Invoice $invoice,
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }

    public function applyDiscount(int $percent): void
    {
        $this->discountCents = intdiv($this->quantity * $this->unitPriceCents * $percent, 100);
    }

    public function netCents(): int
    {
        return $this->quantity * $this->unitPriceCents - $this->discountCents;
    }

    public function totalCents(): int
    {
        return (int) round($this->netCents() * (1 + $this->invoice->taxRate()));
    }

    public function toRow(): array
    {
        return [
            'invoice_number' => $this->invoice->number,
            'sku' => $this->sku,
            'description' => $this->description,
            'quantity' => $this->quantity,
            'net' => $this->netCents(),
            'total' => $this->totalCents(),
            'currency' => $this->invoice->currency,
        ];
    }
}
