<?php

namespace App\Message;

final class ImportOrder
{
    /** @param list<array{sku: string, name: string, quantity: int, unit_price: int}> $lines */
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $customerEmail,
        public readonly string $country,
        public readonly array $lines,
    ) {
    }
}
