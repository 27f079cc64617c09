<?php

namespace Symfony\Component\Messenger;

/** Stand-ins for the parts of symfony/messenger a consumer uses. */
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

interface TransportInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return list<callable> */
    public function getHandlers(Envelope $envelope): array
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
        }
        return $envelope;
    }
}

final class Worker
{
    private bool $shouldStop = false;

    public function __construct(private array $receivers, private MessageBus $bus)
    {
    }

    public function run(array $options = []): void
    {
        while (!$this->shouldStop) {
            $handled = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $handled = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                }
            }
            if (!$handled) {
                $this->shouldStop = true;
            }
        }
    }
}
