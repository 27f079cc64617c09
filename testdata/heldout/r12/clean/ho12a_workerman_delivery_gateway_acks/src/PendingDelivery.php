<?php

declare(strict_types=1);

namespace App\Delivery;

final class PendingDelivery
{
    public function __construct(
        public readonly Frame $frame,
        public readonly int $connectionId,
        public readonly float $sentAt,
        public int $attempts = 1,
    ) {
    }
}
