<?php

namespace App\Chat;

final class ChatMessage
{
    public function __construct(
        public readonly string $user,
        public readonly string $text,
        public readonly float $sentAt,
    ) {}
}

final class ChatRoom
{
    /** @var list<ChatMessage> */
    private array $history = [];

    public function __construct(
        public readonly string $name,
        private int $historySize,
        private bool $trimHistory,
    ) {}

    public function post(string $user, string $text): ChatMessage
    {
        $message = new ChatMessage($user, $text, microtime(true));
        $this->history[] = $message; // leak
        if ($this->trimHistory) {
            while (count($this->history) > $this->historySize) {
                array_shift($this->history);
            }
        }
        return $message;
    }

    /** @return list<ChatMessage> */
    public function lastMessages(int $count): array
    {
        return array_slice($this->history, -$count);
    }
}
