<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<class-string, list<object>> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        $envelope = $message instanceof self ? $message : new self($message);
        return $envelope->with(...$stamps);
    }

    public function with(object ...$stamps): self
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }
        return $cloned;
    }

    public function last(string $stampFqcn): ?object
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

namespace Symfony\Component\Messenger\Stamp;

final class HandledStamp
{
    public function __construct(private mixed $result, private string $handlerName)
    {
    }

    public function getResult(): mixed
    {
        return $this->result;
    }
}

final class ReceivedStamp
{
    public function __construct(public readonly string $transportName)
    {
    }
}

namespace Symfony\Component\Messenger\Handler;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(object $message): iterable
    {
        return $this->handlers[$message::class] ?? [];
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

interface MessageBusInterface
{
    public function dispatch(object $message, array $stamps = []): Envelope;
}

final class MessageBus implements MessageBusInterface
{
    public function __construct(private HandlersLocator $handlers)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->handlers->getHandlers($envelope->getMessage()) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler) . '::__invoke'));
        }
        return $envelope;
    }
}

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

/**
 * messenger:consume: pulls envelopes from the receivers and dispatches them
 * on the bus until a limit is reached.
 */
final class Worker
{
    private int $handled = 0;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBusInterface $bus)
    {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        while ($this->handled < $limit) {
            $received = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $received = true;
                    $this->bus->dispatch($envelope->with(new ReceivedStamp($name)));
                    $receiver->ack($envelope);
                    if (++$this->handled >= $limit) {
                        return;
                    }
                }
            }
            if (!$received) {
                return;
            }
        }
    }
}
