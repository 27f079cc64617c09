<?php

declare(strict_types=1);

namespace App\Message;

final class PlaceOrder
{
    /** @param list<array{sku: string, qty: int, mods: list<string>}> $items */
    public function __construct(
        public readonly string $orderId,
        public readonly string $restaurantId,
        public readonly string $customerName,
        public readonly string $deliveryAddress,
        public readonly array $items,
        public readonly ?\DateTimeImmutable $scheduledFor = null,
    ) {
    }
}
