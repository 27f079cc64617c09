<?php
// A chat room keeps the last 50 messages for late joiners; the trim copies the list into a local ($history = $this->history) and array_shift()s the copy, so the property keeps growing.

final class ChatRoom
{
    private const HISTORY = 50;
    /** @var list<array{from: string, text: string, ts: int}> */
    private array $history = [];

    public function __construct(private string $name) {}

    public function post(string $from, string $text, int $ts): int
    {
        $this->history[] = ['from' => $from, 'text' => $text, 'ts' => $ts]; // leak
        $history = $this->history;
        if (count($history) > self::HISTORY) {
            array_shift($history);
        }
        return count($history);
    }

    public function backlog(): array
    {
        return array_slice($this->history, -self::HISTORY);
    }
}

$room = new ChatRoom('#general');
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $room->post("user{$i}", "message {$i}: " . str_repeat('lorem ipsum ', 60), 1700000000 + $i);
}
