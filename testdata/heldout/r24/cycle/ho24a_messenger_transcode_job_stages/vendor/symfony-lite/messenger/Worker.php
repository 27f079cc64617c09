<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\InMemoryTransport;

final class Worker
{
    /** @param array<string, InMemoryTransport> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBus $bus)
    {
    }

    public function runOnce(): int
    {
        $handled = 0;
        foreach ($this->receivers as $name => $receiver) {
            foreach ($receiver->get() as $envelope) {
                $this->bus->dispatch($envelope->with(new ReceivedStamp($name)));
                $receiver->ack($envelope);
                $handled++;
            }
        }

        return $handled;
    }
}
