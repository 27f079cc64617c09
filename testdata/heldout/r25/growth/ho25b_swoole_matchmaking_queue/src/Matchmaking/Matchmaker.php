<?php

namespace Arena\Matchmaking;

final class Matchmaker
{
    /** @var array<string, BracketQueue> */
    private array $queues = [];
    /** @var array<int, Ticket> fd => waiting ticket */
    private array $byConnection = [];
    private int $matchSeq = 0;

    /** @param array<string, int> $partySizes mode => players per match */
    public function __construct(private readonly array $partySizes)
    {
    }

    public function enqueue(Ticket $ticket): ?array
    {
        $queue = $this->queueFor($ticket);
        $queue->add($ticket);
        $this->byConnection[$ticket->fd] = $ticket;

        $size = $this->partySizes[$ticket->mode];
        if ($queue->liveCount() < $size) {
            return null;
        }
        $players = $queue->pull($size);
        foreach ($players as $p) {
            unset($this->byConnection[$p->fd]);
        }
        return [
            'match_id' => sprintf('m-%s-%d', $queue->key, ++$this->matchSeq),
            'players' => array_map(static fn (Ticket $t) => $t->playerId, $players),
            'fds' => array_map(static fn (Ticket $t) => $t->fd, $players),
        ];
    }

    /** Connection dropped before a match was found. */
    public function abandon(int $fd): void
    {
        $ticket = $this->byConnection[$fd] ?? null;
        if ($ticket === null) {
            return;
        }
        unset($this->byConnection[$fd]);
        $this->queueFor($ticket)->cancel($ticket);
    }

    private function queueFor(Ticket $ticket): BracketQueue
    {
        $key = $ticket->region . '/' . $ticket->mode . '/' . $ticket->bracket();
        return $this->queues[$key] ??= new BracketQueue($key);
    }
}
