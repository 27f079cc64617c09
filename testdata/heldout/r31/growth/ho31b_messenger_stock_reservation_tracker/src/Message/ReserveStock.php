<?php

declare(strict_types=1);

namespace Warehouse\Message;

final class ReserveStock
{
    /** @param list<array{sku: string, qty: int}> $lines */
    public function __construct(
        public readonly string $orderId,
        public readonly string $warehouse,
        public readonly array $lines,
        public readonly string $channel,
        public readonly int $placedAt,
    ) {
    }
}
