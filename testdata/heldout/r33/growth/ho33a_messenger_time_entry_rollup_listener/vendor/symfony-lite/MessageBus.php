<?php

namespace Symfony\Lite\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class MessageBus
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(object $message): Envelope
    {
        $envelope = new Envelope($message);
        ($this->handlers[$message::class])($message);

        return $envelope;
    }
}

final class InMemoryTransportWorker
{
    public function __construct(private MessageBus $bus)
    {
    }

    /** @param iterable<object> $messages */
    public function run(iterable $messages): void
    {
        foreach ($messages as $message) {
            try {
                $this->bus->dispatch($message);
            } catch (\Throwable $e) {
                // rejected message goes to the failure transport
            }
        }
    }
}
