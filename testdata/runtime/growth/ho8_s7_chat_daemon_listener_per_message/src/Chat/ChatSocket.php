<?php

namespace App\Chat;

final class ChatMessage
{
    public bool $delivered = false;
    public function __construct(public readonly string $id, public readonly string $room, public readonly string $body) {}
}

final class MessageDelivered
{
    public function __construct(public readonly string $messageId) {}
}

final class ChatSocket
{
    private int $seq = 0;
    public function read(): ChatMessage
    {
        $this->seq++;
        return new ChatMessage(uniqid('msg_', true), 'room-' . ($this->seq % 7), str_repeat("hello #{$this->seq} ", 30));
    }
}
