<?php
// A chat room trims its history to the last 50 messages, but drops the result of array_slice.

final class ChatMessage
{
    public function __construct(public readonly string $author, public readonly string $text, public readonly int $ts) {}
}

final class ChatRoom
{
    /** @var ChatMessage[] */
    private array $history = [];

    public function post(ChatMessage $message): void
    {
        $this->history[] = $message; // leak
        if (count($this->history) > 50) {
            array_slice($this->history, -50);
        }
    }

    public function recent(int $count): array
    {
        return array_slice($this->history, -$count);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$room = new ChatRoom();
for ($i = 0; $i < $n; $i++) {
    $room->post(new ChatMessage("user{$i}", str_repeat('hello everyone! ', 40), 1700000000 + $i));
    $room->recent(10);
}
