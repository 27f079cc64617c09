<?php
// A websocket chat server keeps per-room message history for late joiners in long-lived Room objects (a fixed set of rooms), dropping the oldest message with array_shift once the history exceeds its limit.

final class ChatMessage
{
    public function __construct(
        public readonly string $room,
        public readonly string $author,
        public readonly string $text,
        public readonly int $sentAt,
        public readonly array $mentions = [],
    ) {}

    public function toFrame(): string
    {
        return json_encode(['type' => 'message', 'room' => $this->room, 'from' => $this->author, 'text' => $this->text, 'ts' => $this->sentAt]);
    }
}

final class Room
{
    /** @var ChatMessage[] */
    private array $history = [];

    /** @var array<string, true> */
    private array $members = [];

    public function __construct(public readonly string $name, private int $historyLimit = 50) {}

    public function join(string $user): array
    {
        $this->members[$user] = true;
        return $this->history;
    }

    public function leave(string $user): void
    {
        unset($this->members[$user]);
    }

    public function post(ChatMessage $message): int
    {
        $this->history[] = $message;
        while (count($this->history) > $this->historyLimit) {
            array_shift($this->history);
        }
        return count($this->members);
    }
}

final class ChatServer
{
    /** @var array<string, Room> */
    private array $rooms = [];

    public function __construct(array $roomNames)
    {
        foreach ($roomNames as $name) {
            $this->rooms[$name] = new Room($name);
        }
    }

    public function onFrame(string $connectionUser, array $frame): ?string
    {
        $room = $this->rooms[$frame['room']] ?? null;
        if ($room === null) {
            return json_encode(['type' => 'error', 'message' => 'unknown room']);
        }
        return match ($frame['type']) {
            'join' => json_encode(['type' => 'history', 'count' => count($room->join($connectionUser))]),
            'leave' => $room->leave($connectionUser) ?? null,
            'message' => (string) $room->post(new ChatMessage(
                $room->name,
                $connectionUser,
                substr($frame['text'], 0, 1000),
                $frame['ts'],
                preg_match_all('/@(\w+)/', $frame['text'], $m) ? $m[1] : [],
            )),
            default => null,
        };
    }
}

final class FrameSource
{
    private int $i = 0;

    public function __construct(private int $limit) {}

    public function next(): ?array
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $i = $this->i++;
        $user = 'guest' . ($i % 30);
        return [$user, [
            'type' => $i % 10 === 0 ? 'join' : 'message',
            'room' => ['general', 'random', 'support'][$i % 3],
            'text' => "@guest" . (($i + 1) % 30) . ' ' . str_repeat("has anyone tried the new release {$i}? ", 8),
            'ts' => 1700000000 + $i,
        ]];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new ChatServer(['general', 'random', 'support']);
$source = new FrameSource($n);
while (($next = $source->next()) !== null) {
    [$user, $frame] = $next;
    $server->onFrame($user, $frame);
}
