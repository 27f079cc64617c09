<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

// Trimmed stand-ins for symfony/messenger: envelope, handler locator, bus,
// in-memory receiver and the consume loop of messenger:consume.
final class Envelope
{
    private array $stamps = [];

    public function __construct(private object $message)
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

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

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

final class Worker
{
    private bool $shouldStop = false;

    public function __construct(
        private ReceiverInterface $receiver,
        private MessageBus $bus,
        private int $limit,
    ) {
    }

    public function run(): void
    {
        $handled = 0;
        while (!$this->shouldStop) {
            foreach ($this->receiver->get() as $envelope) {
                $this->bus->dispatch($envelope);
                $this->receiver->ack($envelope);
                if (++$handled >= $this->limit) {
                    $this->shouldStop = true;
                    break;
                }
            }
        }
    }
}
