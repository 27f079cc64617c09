<?php

declare(strict_types=1);

namespace Billing\Domain;

interface LineFactoryInterface
{
    /**
     * @param array{sku: string, label: string, qty: int, unit_cents: int, vat: float} $row
     */
    public function create(Invoice $invoice, array $row): InvoiceLine;
}
