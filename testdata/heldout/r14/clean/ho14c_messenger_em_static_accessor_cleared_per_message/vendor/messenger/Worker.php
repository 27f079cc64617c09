<?php
declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message)
    {
    }
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope)
    {
    }
}

final class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class Worker
{
    /**
     * @param iterable<Envelope> $receiver
     * @param array<class-string, callable> $handlers
     */
    public function __construct(
        private iterable $receiver,
        private array $handlers,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        foreach ($this->receiver as $envelope) {
            ($this->handlers[$envelope->message::class])($envelope->message);
            $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope));
        }
    }
}
