<?php

declare(strict_types=1);

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

    public function dispatch(Envelope $envelope): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlers[$message::class] ?? [] as $handler) {
            $result = $handler($message);
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }
        return $envelope;
    }
}

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

namespace Symfony\Component\EventDispatcher;

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
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

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

final class Worker
{
    public function __construct(
        private array $receivers,
        private MessageBus $bus,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        foreach ($this->receivers as $name => $receiver) {
            /** @var ReceiverInterface $receiver */
            foreach ($receiver->get() as $envelope) {
                $envelope = $this->bus->dispatch($envelope);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                $receiver->ack($envelope);
            }
        }
    }
}
