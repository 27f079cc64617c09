<?php

declare(strict_types=1);

namespace App\Chat;

use OpenSwoole\WebSocket\Server;

/**
 * Outgoing frames go through one queue so that a slow reader never blocks the
 * worker: frames wait here while the peer's socket buffer is full.
 */
final class RoomBroadcaster
{
    /** @var \SplQueue<OutboundFrame> */
    private \SplQueue $outbox;

    /** @var array<string, list<int>> room => member fds (bots pinned at boot) */
    private array $members;

    /** @param array<string, list<int>> $members */
    public function __construct(private readonly Server $server, array $members)
    {
        $this->outbox = new \SplQueue();
        $this->members = $members;
    }

    public function toRoom(string $room, int $senderFd, array $message): void
    {
        $payload = json_encode(['type' => 'message', 'room' => $room] + $message, JSON_THROW_ON_ERROR);
        foreach ($this->members[$room] ?? [] as $fd) {
            $this->enqueue(new OutboundFrame($fd, $payload, microtime(true)));
        }
        $this->enqueue(new OutboundFrame($senderFd, json_encode(['type' => 'ack', 'id' => $message['id']]), microtime(true)));
    }

    /** Wired to the server's BufferEmpty event: the peer is readable again. */
    public function drain(): void
    {
        while (!$this->outbox->isEmpty()) {
            $frame = $this->outbox->dequeue();
            if ($this->server->isEstablished($frame->fd)) {
                $this->server->push($frame->fd, $frame->payload);
            }
        }
    }

    public function backlog(): int
    {
        return $this->outbox->count();
    }

    private function enqueue(OutboundFrame $frame): void
    {
        $this->outbox->enqueue($frame); // leak
    }
}
