<?php
declare(strict_types=1);

namespace Gridline\Billing;

final class InvoiceLine
{
    private ?Invoice $invoice = null;

    public function __construct(
        public readonly string $chargeCode,
        public readonly string $description,
        public readonly float $quantity,
        public readonly float $unitPrice,
    ) {
    }

    public function attachTo(Invoice $invoice): void
    {
        $this->invoice = $invoice; // leak
    }

    public function invoice(): ?Invoice
    {
        return $this->invoice;
    }

    public function amount(): float
    {
        return round($this->quantity * $this->unitPrice, 2);
    }
}
