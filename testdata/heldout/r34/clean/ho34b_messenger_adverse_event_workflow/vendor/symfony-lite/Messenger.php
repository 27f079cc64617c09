<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<class-string, list<object>> $stamps */
    public function __construct(private readonly object $message, private readonly array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object ...$stamps): self
    {
        $all = $this->stamps;
        foreach ($stamps as $stamp) {
            $all[$stamp::class][] = $stamp;
        }
        return new self($this->message, $all);
    }

    public function last(string $stampClass): ?object
    {
        $list = $this->stamps[$stampClass] ?? [];
        return $list === [] ? null : $list[array_key_last($list)];
    }
}

namespace Symfony\Component\Messenger\Stamp;

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class TransportMessageIdStamp
{
    public function __construct(public readonly string $id)
    {
    }
}

namespace Symfony\Component\Messenger\Handler;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
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

final class MessageBus
{
    public function __construct(private readonly HandlersLocator $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
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

    public function reject(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\ReceiverInterface;

final class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBus $bus)
    {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            $handled = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $handled = true;
                    try {
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                    } catch (\Throwable) {
                        $receiver->reject($envelope);
                    }
                }
            }
            if (!$handled) {
                $this->shouldStop = true;
            }
        }
    }
}
