<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\ReceiverInterface;

/** messenger:consume: one long-lived process handling envelope after envelope. */
final class Worker
{
    private int $handled = 0;

    public function __construct(private ReceiverInterface $receiver, private MessageBus $bus)
    {
    }

    public function run(int $limit): void
    {
        while ($this->handled < $limit) {
            $got = false;
            foreach ($this->receiver->get() as $envelope) {
                $got = true;
                $this->bus->dispatch($envelope->getMessage());
                $this->receiver->ack($envelope);
                $this->handled++;
            }
            if (!$got) {
                return;
            }
        }
    }
}
