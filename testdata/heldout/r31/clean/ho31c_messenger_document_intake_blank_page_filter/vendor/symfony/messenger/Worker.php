<?php

namespace Symfony\Component\Messenger;

/** Stand-in for messenger:consume: pulls from a receiver until the limit. */
final class Worker
{
    public function __construct(private \Closure $receiver, private MessageBus $bus)
    {
    }

    public function run(int $limit): void
    {
        for ($handled = 0; $handled < $limit; $handled++) {
            $envelope = ($this->receiver)($handled);
            $this->bus->dispatch($envelope);
        }
    }
}
