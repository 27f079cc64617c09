<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

/**
 * Stand-in for an AMQP receiver: get() pulls the next batch from the broker.
 */
class InMemoryTransport
{
    private int $delivered = 0;
    private int $acked = 0;

    /** @param \Closure(int): object $broker */
    public function __construct(private readonly \Closure $broker, private readonly int $available)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        if ($this->delivered >= $this->available) {
            return [];
        }

        return [new Envelope(($this->broker)($this->delivered++))];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}
