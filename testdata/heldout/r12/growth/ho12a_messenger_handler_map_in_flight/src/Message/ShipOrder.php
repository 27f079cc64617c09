<?php

declare(strict_types=1);

namespace App\Message;

final class ShipOrder
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $address,
        public readonly array $items,
    ) {
    }
}
