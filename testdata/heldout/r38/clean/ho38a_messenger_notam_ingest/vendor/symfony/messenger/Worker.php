<?php

namespace Symfony\Component\Messenger;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

/**
 * messenger:consume stand-in: pulls envelopes from the receiver until the
 * --limit is reached.
 */
final class Worker
{
    public function __construct(
        private ReceiverInterface $receiver,
        private MessageBus $bus,
        private int $limit,
    ) {
    }

    public function run(): void
    {
        $handled = 0;
        while ($handled < $this->limit) {
            foreach ($this->receiver->get() as $envelope) {
                $this->bus->dispatch($envelope->getMessage(), [new ReceivedStamp('notam_feed')]);
                $this->receiver->ack($envelope);
                if (++$handled >= $this->limit) {
                    return;
                }
            }
        }
    }
}
