<?php
// A chat broadcaster pushes each message to the room's members through
// the WebSocket server of a library: push() sends a frame, it keeps
// nothing.

require __DIR__ . '/vendor/Server.php';

use Lite\WebSocket\Server;

final class Broadcaster
{
    public function __construct(private readonly Server $server, private readonly array $members) {}

    public function toRoom(string $room, string $text): void
    {
        $payload = json_encode(['room' => $room, 'text' => $text]);
        foreach ($this->members[$room] ?? [] as $fd) {
            $this->server->push($fd, $payload);
        }
    }
}

$broadcaster = new Broadcaster(new Server(), ['lobby' => [1, 2, 3], 'support' => [4, 5]]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $broadcaster->toRoom($i % 2 ? 'lobby' : 'support', str_repeat('hello ', 100) . $i);
}
