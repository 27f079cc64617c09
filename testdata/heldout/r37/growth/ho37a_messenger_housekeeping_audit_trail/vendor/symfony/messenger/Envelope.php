<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(
        private readonly object $message,
        private readonly array $stamps = [],
    ) {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function last(string $stampFqcn): ?object
    {
        return $this->stamps[$stampFqcn] ?? null;
    }
}

final class TransportMessageIdStamp
{
    public function __construct(public readonly string $id)
    {
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
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
