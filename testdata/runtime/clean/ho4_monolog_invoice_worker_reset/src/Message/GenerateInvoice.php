<?php

declare(strict_types=1);

namespace App\Message;

final class GenerateInvoice
{
    /**
     * @param list<array{sku: string, qty: int, unit_price: int}> $lines
     */
    public function __construct(
        public readonly int $orderId,
        public readonly string $customerEmail,
        public readonly string $currency,
        public readonly array $lines,
    ) {
    }
}
