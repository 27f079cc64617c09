<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Event;

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly object $message, public readonly string $receiverName)
    {
    }
}

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    /** @param object $subscriber an object with static getSubscribedEvents() */
    public function addSubscriber(object $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->addListener($event, [$subscriber, $method]);
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

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

/** `messenger:consume` stand-in: pulls from an in-memory transport until it is empty. */
final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private \SplQueue $transport,
        private array $handlers,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        while (!$this->transport->isEmpty()) {
            $message = $this->transport->dequeue();
            ($this->handlers[$message::class])($message);
            $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message, 'async'));
        }
    }
}
