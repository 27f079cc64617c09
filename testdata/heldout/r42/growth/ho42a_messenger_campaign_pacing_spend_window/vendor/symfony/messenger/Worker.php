<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\RedisReceiver;

final class Worker
{
    /** @param array<string, RedisReceiver> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBus $bus)
    {
    }

    public function run(): void
    {
        do {
            $received = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $received = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                }
            }
        } while ($received);
    }
}
