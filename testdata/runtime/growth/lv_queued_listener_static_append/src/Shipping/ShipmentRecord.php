<?php

namespace App\Shipping;

final class ShipmentRecord
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $trackingNumber,
        public readonly string $deliveryAddress,
        public readonly int $shippedAt,
    ) {
    }
}
