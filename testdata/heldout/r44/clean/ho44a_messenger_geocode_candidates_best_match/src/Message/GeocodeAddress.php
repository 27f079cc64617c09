<?php

declare(strict_types=1);

namespace App\Message;

final class GeocodeAddress
{
    public function __construct(
        public readonly string $shipmentId,
        public readonly string $address,
        public readonly string $country,
    ) {
    }
}
