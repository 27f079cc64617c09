<?php

namespace Arena\Matchmaking;

/**
 * FIFO of tickets for one region/mode/bracket. Tickets are cancelled in place
 * (SplQueue has no random removal) and skipped when a match is pulled.
 */
final class BracketQueue
{
    private \SplQueue $queue;
    private int $live = 0;

    public function __construct(public readonly string $key)
    {
        $this->queue = new \SplQueue();
    }

    public function add(Ticket $ticket): void
    {
        $this->queue->enqueue($ticket); // leak
        $this->live++;
    }

    public function cancel(Ticket $ticket): void
    {
        if ($ticket->cancelled) {
            return;
        }
        $ticket->cancelled = true;
        $this->live--;
    }

    public function liveCount(): int
    {
        return $this->live;
    }

    /** @return list<Ticket> */
    public function pull(int $size): array
    {
        $picked = [];
        while (count($picked) < $size && !$this->queue->isEmpty()) {
            $ticket = $this->queue->dequeue();
            if ($ticket->cancelled) {
                continue;
            }
            $picked[] = $ticket;
            $this->live--;
        }
        return $picked;
    }
}
