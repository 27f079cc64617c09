<?php

namespace App\Event;

final class OrderPlaced
{
    public ?string $confirmationNumber = null;

    public function __construct(
        public readonly int $orderId,
        public readonly string $customer,
        public readonly string $note,
        public readonly int $placedAt,
    ) {
    }
}
