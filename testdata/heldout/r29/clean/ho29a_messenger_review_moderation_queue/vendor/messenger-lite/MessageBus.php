<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class][] = $stamp;

        return $clone;
    }
}

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

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
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
        }

        return $envelope;
    }
}
