<?php
declare(strict_types=1);

namespace Gridline\Billing;

final class InvoiceLine
{
    /** @var \WeakReference<Invoice>|null */
    private ?\WeakReference $invoice = null;

    public function __construct(
        public readonly string $chargeCode,
        public readonly string $description,
        public readonly float $quantity,
        public readonly float $unitPrice,
    ) {
    }

    public function attachTo(Invoice $invoice): void
    {
        $this->invoice = \WeakReference::create($invoice);
    }

    public function invoice(): ?Invoice
    {
        return $this->invoice?->get();
    }

    public function amount(): float
    {
        return round($this->quantity * $this->unitPrice, 2);
    }
}
