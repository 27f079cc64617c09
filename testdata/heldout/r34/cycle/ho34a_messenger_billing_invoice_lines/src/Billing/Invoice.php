<?php
declare(strict_types=1);

namespace Gridline\Billing;

final class Invoice
{
    /** @var list<InvoiceLine> */
    private array $lines = [];
    private float $total = 0.0;

    public function __construct(
        public readonly string $number,
        public readonly string $accountNumber,
        public readonly string $billingCycle,
    ) {
    }

    public function addLine(InvoiceLine $line): void
    {
        $this->lines[] = $line; // leak
        $line->attachTo($this); // leak
        $this->total += $line->amount();
    }

    /** @return list<InvoiceLine> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function total(): float
    {
        return round($this->total, 2);
    }
}
