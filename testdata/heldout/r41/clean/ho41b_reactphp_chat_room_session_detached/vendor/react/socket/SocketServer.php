<?php
declare(strict_types=1);

namespace React\Socket;

use Evenement\EventEmitterTrait;
use React\EventLoop\Loop;

/**
 * Stand-in for React\Socket\SocketServer. Instead of accepting sockets it
 * replays PHPLEAK_N short chat clients: connect, join, type, send, leave.
 */
final class SocketServer
{
    use EventEmitterTrait;

    private int $remaining;
    private int $next = 0;

    public function __construct(private string $uri)
    {
        $this->remaining = (int) (getenv('PHPLEAK_N') ?: 100);
        Loop::get()->futureTick($this->acceptNext(...));
    }

    private function acceptNext(): void
    {
        if ($this->remaining-- <= 0) {
            return;
        }
        $this->replayClient($this->next++);
        Loop::get()->futureTick($this->acceptNext(...));
    }

    private function replayClient(int $i): void
    {
        $conn = new Connection(sprintf('tcp://10.0.%d.%d:%d', $i % 250, ($i * 7) % 250, 40000 + $i % 20000));
        $this->emit('connection', [$conn]);

        $user = 5000 + $i;
        $room = 'room-' . ($i % 6);
        $frames = [
            ['type' => 'hello', 'user' => $user, 'token' => hash('sha256', "t{$user}")],
            ['type' => 'join', 'room' => $room],
            ['type' => 'typing', 'room' => $room],
            ['type' => 'message', 'room' => $room, 'text' => "hey, loved your photo from the lake trip #{$i} - where was that?"],
            ['type' => 'leave', 'room' => $room],
        ];
        foreach ($frames as $frame) {
            $conn->emit('data', [json_encode($frame) . "\n"]);
        }
        $conn->close();
    }
}
