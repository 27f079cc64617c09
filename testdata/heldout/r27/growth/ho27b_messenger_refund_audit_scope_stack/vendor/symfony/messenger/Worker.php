<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

final class InMemoryTransport
{
    /** @var array<string, Envelope> */
    private array $queued = [];
    private int $nextId = 1;
    private int $acked = 0;

    public function send(Envelope $envelope): Envelope
    {
        $id = (string) $this->nextId++;
        $envelope = $envelope->with(new TransportMessageIdStamp($id));
        $this->queued[$id] = $envelope;

        return $envelope;
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        return array_values($this->queued);
    }

    public function ack(Envelope $envelope): void
    {
        unset($this->queued[$envelope->last(TransportMessageIdStamp::class)->id]);
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
        unset($this->queued[$envelope->last(TransportMessageIdStamp::class)->id]);
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\InMemoryTransport;

final class Worker
{
    /** @param array<string, InMemoryTransport> $receivers */
    public function __construct(private array $receivers, private MessageBusInterface $bus)
    {
    }

    /** One pass over every receiver, as the real worker's loop does between sleeps. */
    public function tick(): int
    {
        $handled = 0;
        foreach ($this->receivers as $name => $receiver) {
            foreach ($receiver->get() as $envelope) {
                try {
                    $this->bus->dispatch($envelope->with(new ReceivedStamp($name)));
                    $receiver->ack($envelope);
                } catch (\Throwable) {
                    $receiver->reject($envelope);
                }
                $handled++;
            }
        }

        return $handled;
    }
}
