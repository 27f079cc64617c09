<?php

declare(strict_types=1);

namespace Lite\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message)
    {
    }
}

abstract class WorkerEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerMessageHandledEvent extends WorkerEvent
{
}

final class WorkerMessageFailedEvent extends WorkerEvent
{
    public function __construct(Envelope $envelope, string $receiverName, public readonly \Throwable $error)
    {
        parent::__construct($envelope, $receiverName);
    }
}

interface EventSubscriberInterface
{
    /** @return array<class-string, string> */
    public static function getSubscribedEvents(): array;
}

final class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;
}

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private readonly ReceiverInterface $receiver,
        private readonly array $handlers,
        private readonly EventDispatcher $dispatcher,
        private readonly string $receiverName = 'async',
    ) {
    }

    public function run(): void
    {
        foreach ($this->receiver->get() as $envelope) {
            try {
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $this->receiverName));
            } catch (\Throwable $e) {
                $this->dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $this->receiverName, $e));
            }
        }
    }
}
