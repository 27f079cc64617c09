<?php

namespace Game\Chat;

use Evenement\EventEmitter;
use Workerman\Connection\TcpConnection;

/**
 * One fan-out of one chat message to the members of a lobby.
 */
final class RoomBroadcast
{
    private EventEmitter $events;

    /** @var list<int> */
    private array $deliveredTo = [];

    private ?ChatMessage $last = null;

    /** @param array<int, TcpConnection> $members */
    public function __construct(
        private readonly string $roomId,
        private readonly array $members,
        private readonly ProfanityFilter $filter,
    ) {
        $this->events = new EventEmitter();
        $this->events->on('message', $this->fanOut(...));
    }

    public function publish(ChatMessage $message): int
    {
        $this->events->emit('message', [$message->withBody($this->filter->scrub($message->body))]);

        return count($this->deliveredTo);
    }

    public function close(): void
    {
        $this->events->removeAllListeners('message');
    }

    private function fanOut(ChatMessage $message): void
    {
        $this->last = $message;
        $wire = $message->encode();
        foreach ($this->members as $id => $connection) {
            if ($id === $message->senderConnection) {
                continue;
            }
            $connection->send($wire);
            $this->deliveredTo[] = $id;
        }
    }
}
