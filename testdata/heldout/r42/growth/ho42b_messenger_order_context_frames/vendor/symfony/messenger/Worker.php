<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\BrokerReceiver;

/** Stand-in for Symfony\Component\Messenger\Worker (messenger:consume). */
final class Worker
{
    public function __construct(private readonly BrokerReceiver $receiver, private readonly MessageBus $bus)
    {
    }

    public function run(): void
    {
        while (!$this->receiver->isDrained()) {
            foreach ($this->receiver->get() as $envelope) {
                $this->bus->dispatch($envelope);
                $this->receiver->ack($envelope);
            }
        }
    }
}
