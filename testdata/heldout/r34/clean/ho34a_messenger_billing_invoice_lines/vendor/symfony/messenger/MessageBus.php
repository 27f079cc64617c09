<?php
declare(strict_types=1);

namespace Symfony\Component\Messenger;

/** Minimal stand-in for symfony/messenger: an envelope and a synchronous bus. */
final class Envelope
{
    /** @param list<object> $stamps */
    public function __construct(private readonly object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[] = $stamp;

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
        $envelope = new Envelope($message);
        foreach ($this->handlers[$message::class] ?? [] as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($message), get_debug_type($handler)));
        }

        return $envelope;
    }
}
