<?php

declare(strict_types=1);

namespace Messenger;

final class Envelope
{
    private array $stamps = [];

    public function __construct(public readonly object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class][] = $stamp;

        return $clone;
    }

    public function last(string $class): ?object
    {
        return isset($this->stamps[$class]) ? end($this->stamps[$class]) : null;
    }
}

final class TransportMessageIdStamp
{
    public function __construct(public readonly string $id)
    {
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
    public function get(): iterable;

    public function ack(Envelope $envelope): void;

    public function reject(Envelope $envelope): void;
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->message::class] ?? [];
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
            $result = $handler($envelope->message);
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }

        return $envelope;
    }
}

final class Worker
{
    private bool $shouldStop = false;
    private int $handled = 0;

    public function __construct(
        private TransportInterface $transport,
        private MessageBus $bus,
    ) {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            $received = false;
            foreach ($this->transport->get() as $envelope) {
                $received = true;
                try {
                    $this->bus->dispatch($envelope);
                    $this->transport->ack($envelope);
                } catch (\Throwable $e) {
                    $this->transport->reject($envelope);
                }
                $this->handled++;
            }
            if (!$received) {
                $this->shouldStop = true;
            }
        }
    }
}
