<?php

namespace Lite\Messenger;

/**
 * Pulls messages from a producer callback, like a Doctrine/Redis transport
 * that yields one envelope per get().
 */
final class InMemoryTransport
{
    private int $delivered = 0;

    /** @param \Closure(int): ?Envelope $producer */
    public function __construct(private \Closure $producer)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        $envelope = ($this->producer)($this->delivered);
        if ($envelope === null) {
            return [];
        }
        $this->delivered++;

        return [$envelope];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
