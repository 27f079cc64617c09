<?php

namespace Game\Chat;

final class ChatMessage
{
    public function __construct(
        public readonly string $messageId,
        public readonly string $roomId,
        public readonly int $senderConnection,
        public readonly string $senderName,
        public readonly string $body,
        public readonly int $sentAt,
    ) {
    }

    public static function fromFrame(int $connectionId, string $frame): self
    {
        $data = json_decode($frame, true, 4, JSON_THROW_ON_ERROR);

        return new self(
            (string) $data['mid'],
            (string) $data['room'],
            $connectionId,
            substr((string) $data['from'], 0, 32),
            substr((string) $data['text'], 0, 500),
            (int) $data['ts'],
        );
    }

    public function withBody(string $body): self
    {
        return new self($this->messageId, $this->roomId, $this->senderConnection, $this->senderName, $body, $this->sentAt);
    }

    public function encode(): string
    {
        return json_encode(['t' => 'chat', 'id' => $this->messageId, 'from' => $this->senderName, 'text' => $this->body, 'ts' => $this->sentAt], JSON_THROW_ON_ERROR);
    }
}
