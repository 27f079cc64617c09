<?php
declare(strict_types=1);

namespace App\Messaging;

final class OrderShipped
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $carrier,
        public readonly string $trackingNumber,
    ) {
    }
}
