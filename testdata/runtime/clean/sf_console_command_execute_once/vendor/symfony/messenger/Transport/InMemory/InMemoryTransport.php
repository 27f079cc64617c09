<?php

namespace Symfony\Component\Messenger\Transport\InMemory;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Stand-in for a broker queue: envelopes are stored serialized, as a broker would hold them, and unlike the real test
 * transport it keeps no history of sent or acknowledged envelopes.
 */
class InMemoryTransport implements ReceiverInterface
{
    private \SplQueue $queue;

    public function __construct()
    {
        $this->queue = new \SplQueue();
    }

    public function send(Envelope $envelope): Envelope
    {
        $this->queue->enqueue(serialize($envelope));

        return $envelope;
    }

    public function get(): iterable
    {
        return $this->queue->isEmpty() ? [] : [unserialize($this->queue->dequeue())];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
