<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

final class InMemoryTransport
{
    /** @var array<string, Envelope> */
    private array $queue = [];
    private int $nextId = 1;
    private int $acked = 0;

    public function send(Envelope $envelope): Envelope
    {
        $id = (string) $this->nextId++;
        $envelope = $envelope->with(new TransportMessageIdStamp($id));
        $this->queue[$id] = $envelope;

        return $envelope;
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        return array_values($this->queue);
    }

    public function ack(Envelope $envelope): void
    {
        $stamp = $envelope->last(TransportMessageIdStamp::class);
        unset($this->queue[$stamp->id]);
        $this->acked++;
    }
}
