<?php

namespace App\Billing;

final class InvoiceDraftUpdated
{
    public const NAME = 'billing.invoice_draft_updated';

    /** @var list<array<string, mixed>> */
    public array $lines = [];

    public function __construct(public readonly string $matterNumber, public readonly float $rate)
    {
    }
}
