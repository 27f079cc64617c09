<?php

namespace App\Message;

final class DeliveryReportReceived
{
    public function __construct(
        public readonly string $smscId,
        public readonly string $messageId,
        public readonly string $receipt,
        public readonly string $destination,
        public readonly int $receivedAt,
    ) {
    }
}
