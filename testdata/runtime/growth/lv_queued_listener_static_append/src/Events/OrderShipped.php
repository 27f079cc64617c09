<?php

namespace App\Events;

final class OrderShipped
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $carrier,
        public readonly string $trackingNumber,
        public readonly int $weightGrams,
        public readonly string $deliveryAddress,
    ) {
    }
}
