<?php

declare(strict_types=1);

namespace App\Message;

final class ImportInvoice
{
    /**
     * @param list<array{sku: string, description: string, quantity: int, unitCents: int}> $lines
     */
    public function __construct(
        public readonly string $externalId,
        public readonly string $customerName,
        public readonly string $billingAddress,
        public readonly array $lines,
    ) {
    }
}
