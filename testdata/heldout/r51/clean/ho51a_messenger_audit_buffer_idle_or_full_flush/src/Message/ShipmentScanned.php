<?php

namespace App\Message;

final class ShipmentScanned
{
    public function __construct(
        public readonly string $shipmentId,
        public readonly string $scannerId,
        public readonly string $depot,
        public readonly \DateTimeImmutable $scannedAt,
        public readonly string $rawPayload,
    ) {
    }
}
