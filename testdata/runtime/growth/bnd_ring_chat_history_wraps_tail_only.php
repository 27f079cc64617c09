<?php
// The same chat backlog ring, but the modulo is applied to the tail pointer while the write head just keeps counting.

final class ChatMessage
{
    public function __construct(
        public readonly string $from,
        public readonly string $text,
        public readonly int $sentAt,
    ) {}
}

final class RoomBacklog
{
    private const CAP = 50;

    /** @var array<int, ChatMessage> */
    private array $ring = [];
    private int $head = 0;
    private int $tail = 0;
    private int $size = 0;

    public function push(ChatMessage $m): void
    {
        $this->ring[$this->head] = $m; // leak
        $this->head++;
        if ($this->size < self::CAP) {
            $this->size++;
        } else {
            $this->tail = ($this->tail + 1) % self::CAP;
        }
    }

    /** @return list<ChatMessage> */
    public function replay(): array
    {
        $out = [];
        for ($k = 0; $k < $this->size; $k++) {
            $out[] = $this->ring[$this->head - $this->size + $k];
        }
        return $out;
    }
}

final class ChatServer
{
    /** @var array<string, RoomBacklog> */
    private array $rooms = [];

    public function onMessage(string $room, string $from, string $text): void
    {
        $this->rooms[$room] ??= new RoomBacklog();
        $this->rooms[$room]->push(new ChatMessage($from, $text, time()));
    }
}

$server = new ChatServer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->onMessage('#general', 'user' . ($i % 7), str_repeat('hello there ', 60));
}
