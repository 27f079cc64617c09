<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Stand-in for messenger:consume: pulls envelopes from the receiver,
 * dispatches them on the bus and acknowledges them, until the receiver
 * runs dry.
 */
class Worker
{
    public function __construct(private ReceiverInterface $receiver, private MessageBus $bus)
    {
    }

    public function run(): void
    {
        while (true) {
            $received = false;
            foreach ($this->receiver->get() as $envelope) {
                $received = true;
                $this->bus->dispatch($envelope->getMessage());
                $this->receiver->ack($envelope);
            }
            if (!$received) {
                return;
            }
        }
    }
}
