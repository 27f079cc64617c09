<?php

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

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(object $message): Envelope
    {
        $envelope = $message instanceof Envelope ? $message : new Envelope($message);
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
        }
        return $envelope;
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

/**
 * Stand-in for messenger:consume: pulls envelopes from a receiver and
 * hands each to the bus until the receiver is exhausted or the limit hits.
 */
final class Worker
{
    private int $handled = 0;

    public function __construct(private ReceiverInterface $receiver, private MessageBus $bus, private int $limit)
    {
    }

    public function run(): void
    {
        while ($this->handled < $this->limit) {
            $got = false;
            foreach ($this->receiver->get() as $envelope) {
                $got = true;
                $this->bus->dispatch($envelope);
                $this->receiver->ack($envelope);
                $this->handled++;
            }
            if (!$got) {
                return;
            }
        }
    }
}
