<?php

declare(strict_types=1);

namespace Media\Messenger;

final class InMemoryTransport
{
    private \SplQueue $queue;
    private int $acked = 0;
    private int $rejected = 0;

    public function __construct()
    {
        $this->queue = new \SplQueue();
    }

    public function send(Envelope $envelope): void
    {
        $this->queue->enqueue($envelope);
    }

    public function get(): ?Envelope
    {
        return $this->queue->isEmpty() ? null : $this->queue->dequeue();
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope, bool $requeue): void
    {
        $this->rejected++;
        if ($requeue) {
            $this->queue->enqueue($envelope);
        }
    }
}
