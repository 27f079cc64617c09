<?php
// A chat broadcaster queues each message for the room's members in an
// outbox it means to flush when the socket buffer empties, an event the
// server never sends: the queue keeps every frame.

require __DIR__ . '/vendor/Server.php';

use Lite\WebSocket\Server;

final class Broadcaster
{
    private SplQueue $outbox;

    public function __construct(private readonly Server $server, private readonly array $members)
    {
        $this->outbox = new SplQueue();
    }

    public function toRoom(string $room, string $text): void
    {
        $payload = json_encode(['room' => $room, 'text' => $text]);
        foreach ($this->members[$room] ?? [] as $fd) {
            $this->outbox->push([$fd, $payload]); // leak
        }
    }
}

$broadcaster = new Broadcaster(new Server(), ['lobby' => [1, 2, 3], 'support' => [4, 5]]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $broadcaster->toRoom($i % 2 ? 'lobby' : 'support', str_repeat('hello ', 100) . $i);
}
