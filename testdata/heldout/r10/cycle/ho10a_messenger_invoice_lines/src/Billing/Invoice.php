<?php

declare(strict_types=1);

namespace App\Billing;

final class Invoice
{
    /** @var list<InvoiceLine> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        public readonly string $customerEmail,
        public readonly string $currency,
        private readonly float $taxRate,
    ) {
    }

    public function addLine(string $sku, string $description, int $quantity, int $unitPriceCents): InvoiceLine
    {
        $line = new InvoiceLine($this, $sku, $description, $quantity, $unitPriceCents);
        $this->lines[] = $line; // leak

        return $line;
    }

    /** @return list<InvoiceLine> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function taxRate(): float
    {
        return $this->taxRate;
    }

    public function grandTotalCents(): int
    {
        return array_sum(array_map(static fn (InvoiceLine $l) => $l->totalCents(), $this->lines));
    }
}
