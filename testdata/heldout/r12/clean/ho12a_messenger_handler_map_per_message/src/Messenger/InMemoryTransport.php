<?php

declare(strict_types=1);

namespace App\Messenger;

/** Stand-in for a Messenger receiver: hands out one envelope at a time. */
final class InMemoryTransport
{
    private int $acked = 0;
    private int $rejected = 0;

    /** @param \Closure(int): ?Envelope $source */
    public function __construct(private readonly \Closure $source)
    {
    }

    public function get(int $sequence): ?Envelope
    {
        return ($this->source)($sequence);
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
        $this->rejected++;
    }
}
