<?php

declare(strict_types=1);

// Trimmed stand-ins for the parts of symfony/messenger the consumer uses.

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<class-string, list<object>> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        $byClass = [];
        foreach ($stamps as $stamp) {
            $byClass[$stamp::class][] = $stamp;
        }

        return new self($message, $byClass);
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object ...$stamps): self
    {
        $clone = clone $this;
        foreach ($stamps as $stamp) {
            $clone->stamps[$stamp::class][] = $stamp;
        }

        return $clone;
    }

    public function last(string $stampClass): ?object
    {
        return isset($this->stamps[$stampClass]) ? end($this->stamps[$stampClass]) : null;
    }
}

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class ReceivedStamp
{
    public function __construct(public readonly string $transportName)
    {
    }
}

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = $message instanceof Envelope ? $message : Envelope::wrap($message, $stamps);
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
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

/** messenger:consume — pulls from the receiver and dispatches until the limit. */
final class Worker
{
    public function __construct(private array $receivers, private MessageBus $bus)
    {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        $handled = 0;
        while ($handled < $limit) {
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelope = $this->bus->dispatch($envelope->with(new ReceivedStamp($name)));
                    $receiver->ack($envelope);
                    if (++$handled >= $limit) {
                        return;
                    }
                }
            }
        }
    }
}
