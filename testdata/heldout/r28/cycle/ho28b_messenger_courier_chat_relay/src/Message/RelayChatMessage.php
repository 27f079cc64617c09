<?php
namespace App\Message;

final class RelayChatMessage
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $senderRole,
        public readonly string $senderId,
        public readonly string $body,
        public readonly int $sentAt,
    ) {}
}
