<?php

namespace App\Message;

final class TicketScanned
{
    public function __construct(
        public readonly string $barcode,
        public readonly string $gate,
        public readonly string $deviceId,
        public readonly string $stewardBadge,
        public readonly \DateTimeImmutable $scannedAt,
        public readonly string $rawRead,
    ) {
    }
}
