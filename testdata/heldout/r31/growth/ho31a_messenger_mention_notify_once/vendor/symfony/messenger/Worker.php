<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

/** Stand-in for Symfony\Component\Messenger\Worker with a handlers locator. */
final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private ReceiverInterface $receiver, private array $handlers)
    {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        $handled = 0;
        while ($handled < $limit) {
            $got = false;
            foreach ($this->receiver->get() as $envelope) {
                $got = true;
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->receiver->ack($envelope);
                $handled++;
            }
            if (!$got) {
                break;
            }
        }
    }
}
