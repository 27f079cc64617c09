<?php

namespace App\Message;

final class ShipOrder
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $carrier,
        public readonly string $address,
    ) {
    }
}
