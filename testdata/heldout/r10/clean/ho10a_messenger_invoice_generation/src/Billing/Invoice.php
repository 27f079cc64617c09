<?php

declare(strict_types=1);

namespace App\Billing;

final class Invoice
{
    public function __construct(
        public readonly string $number,
        public readonly string $customerEmail,
        public readonly string $currency,
        private readonly float $taxRate,
    ) {
    }

    public function newLine(string $sku, string $description, int $quantity, int $unitPriceCents): InvoiceLine
    {
        return new InvoiceLine($this, $sku, $description, $quantity, $unitPriceCents);
    }

    public function taxRate(): float
    {
        return $this->taxRate;
    }

    /** @param iterable<InvoiceLine> $lines */
    public function grandTotalCents(iterable $lines): int
    {
        $total = 0;
        foreach ($lines as $line) {
            $total += $line->totalCents();
        }

        return $total;
    }
}
