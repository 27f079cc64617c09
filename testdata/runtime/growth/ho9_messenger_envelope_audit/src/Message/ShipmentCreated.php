<?php

namespace App\Message;

final class ShipmentCreated
{
    public function __construct(
        public readonly string $trackingNumber,
        public readonly string $address,
        public readonly array $parcels,
    ) {}
}
