<?php

declare(strict_types=1);

namespace Billing\Domain;

final class InvoiceLine
{
    public function __construct(
        private string $invoiceNumber,
        public readonly string $sku,
        public readonly string $label,
        public readonly int $quantity,
        public readonly int $unitCents,
        public readonly float $vatRate,
    ) {
    }

    public function netCents(): int
    {
        return $this->quantity * $this->unitCents;
    }

    public function vatCents(): int
    {
        return (int) round($this->netCents() * $this->vatRate);
    }

    public function describe(): string
    {
        return sprintf('%s / %s x%d', $this->invoiceNumber, $this->label, $this->quantity);
    }
}
