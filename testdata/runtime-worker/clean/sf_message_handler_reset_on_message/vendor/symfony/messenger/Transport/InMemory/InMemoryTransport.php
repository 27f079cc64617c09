<?php

namespace Symfony\Component\Messenger\Transport\InMemory;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Stand-in for a broker queue: unlike the real test transport, it keeps no history of sent or acknowledged envelopes.
 */
class InMemoryTransport implements ReceiverInterface
{
    private ?Envelope $next = null;

    public function send(Envelope $envelope): Envelope
    {
        $this->next = $envelope;

        return $envelope;
    }

    public function get(): iterable
    {
        $envelope = $this->next;
        $this->next = null;

        return null === $envelope ? [] : [$envelope];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
