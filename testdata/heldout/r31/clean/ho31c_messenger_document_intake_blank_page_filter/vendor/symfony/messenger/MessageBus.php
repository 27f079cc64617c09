<?php

namespace Symfony\Component\Messenger;

/** Stand-in for the synchronous handle-message middleware chain. */
final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(object $message): Envelope
    {
        $envelope = $message instanceof Envelope ? $message : new Envelope($message);
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}
