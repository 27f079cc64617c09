<?php

declare(strict_types=1);

namespace Billing\Domain;

final class DefaultLineFactory implements LineFactoryInterface
{
    public function __construct(private readonly float $defaultVat = 0.2)
    {
    }

    public function create(Invoice $invoice, array $row): InvoiceLine
    {
        return new InvoiceLine(
            $invoice->number(),
            strtoupper($row['sku']),
            trim($row['label']),
            max(1, $row['qty']),
            $row['unit_cents'],
            $row['vat'] > 0 ? $row['vat'] : $this->defaultVat,
        );
    }
}
