<?php

declare(strict_types=1);

namespace Billing\Domain;

final class Invoice
{
    /** @var list<InvoiceLine> */
    private array $lines = [];

    public function __construct(
        private readonly string $number,
        private readonly string $customerId,
        private readonly string $currency,
        private readonly LineFactoryInterface $lineFactory,
    ) {
    }

    public function number(): string
    {
        return $this->number;
    }

    public function currency(): string
    {
        return $this->currency;
    }

    /**
     * @param array{sku: string, label: string, qty: int, unit_cents: int, vat: float} $row
     */
    public function addLine(array $row): InvoiceLine
    {
        $line = $this->lineFactory->create($this, $row);
        $this->lines[] = $line; // leak

        return $line;
    }

    public function totalCents(): int
    {
        $total = 0;
        foreach ($this->lines as $line) {
            $total += $line->netCents() + $line->vatCents();
        }

        return $total;
    }

    /** @return list<string> */
    public function summary(): array
    {
        return array_map(static fn (InvoiceLine $l): string => $l->describe(), $this->lines);
    }
}
