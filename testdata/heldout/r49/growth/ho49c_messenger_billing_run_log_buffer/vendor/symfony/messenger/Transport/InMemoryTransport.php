<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

/**
 * Stand-in receiver for the `billing` transport (a Doctrine/AMQP queue in
 * production): produces the queued messages one at a time.
 */
final class InMemoryTransport
{
    private int $acked = 0;

    /** @param \Closure(int): ?object $producer */
    public function __construct(private \Closure $producer)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        $message = ($this->producer)($this->acked);

        return $message === null ? [] : [new Envelope($message)];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}
