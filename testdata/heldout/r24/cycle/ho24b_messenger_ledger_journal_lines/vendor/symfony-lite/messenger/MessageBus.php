<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<string, object> $stamps */
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
        $clone->stamps[$stamp::class] = $stamp;

        return $clone;
    }
}

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

interface MessageBusInterface
{
    public function dispatch(object $message): Envelope;
}

final class MessageBus implements MessageBusInterface
{
    /** @var array<class-string, list<callable>> */
    private array $handlers = [];

    public function addHandler(string $messageClass, callable $handler): void
    {
        $this->handlers[$messageClass][] = $handler;
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

/** Minimal stand-in for messenger:consume: pulls from a transport and dispatches. */
final class Worker
{
    /** @param iterable<object> $transport */
    public function __construct(private iterable $transport, private MessageBusInterface $bus)
    {
    }

    public function run(): void
    {
        foreach ($this->transport as $message) {
            $this->bus->dispatch($message);
        }
    }
}
