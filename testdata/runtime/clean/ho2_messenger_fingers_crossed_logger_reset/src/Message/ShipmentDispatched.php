<?php

namespace App\Message;

final class ShipmentDispatched
{
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $carrier,
        public readonly string $trackingNumber,
        public readonly string $recipientEmail,
        public readonly int $parcels,
    ) {
    }
}
