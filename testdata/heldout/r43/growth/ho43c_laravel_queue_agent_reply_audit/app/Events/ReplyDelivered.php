<?php

namespace App\Events;

final class ReplyDelivered
{
    public function __construct(
        public readonly string $messageId,
        public readonly int $ticketId,
        public readonly string $recipient,
        public readonly int $deliveredAt,
    ) {}
}
