<?php

declare(strict_types=1);

namespace App\Message;

final class LabResultReceived
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $resultStatus,
        public readonly int $receivedAt,
    ) {
    }
}
