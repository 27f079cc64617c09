<?php

declare(strict_types=1);

namespace Billing\Messenger;

final class IssueInvoice
{
    /**
     * @param list<array{sku: string, label: string, qty: int, unit_cents: int, vat: float}> $rows
     */
    public function __construct(
        public readonly int $sequence,
        public readonly string $customerId,
        public readonly string $currency,
        public readonly array $rows,
    ) {
    }
}
