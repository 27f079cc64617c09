<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

/** Receives envelopes decoded from a producer callback (stand-in for a doctrine/amqp transport). */
final class InMemoryTransport
{
    private int $delivered = 0;

    public function __construct(private \Closure $producer, private int $limit)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        return [new Envelope(($this->producer)($this->delivered++))];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
