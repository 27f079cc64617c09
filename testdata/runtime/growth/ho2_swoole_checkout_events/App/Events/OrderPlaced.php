<?php

declare(strict_types=1);

namespace App\Events;

final class OrderPlaced
{
    /** @param list<array{sku: string, qty: int, price: int}> $items */
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $customerEmail,
        public readonly array $items,
        public readonly int $totalCents,
    ) {}
}
