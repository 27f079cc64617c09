<?php

namespace Symfony\Component\Messenger;

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}
