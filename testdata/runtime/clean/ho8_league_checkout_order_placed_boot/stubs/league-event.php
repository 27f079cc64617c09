<?php

namespace League\Event;

use Psr\EventDispatcher\EventDispatcherInterface;
use Psr\EventDispatcher\ListenerProviderInterface;

final class PrioritizedListenerRegistry implements ListenerProviderInterface
{
    /** @var array<string, list<array{int, callable}>> */
    private array $listenersPerEvent = [];

    public function subscribeTo(string $event, callable $listener, int $priority = 0): void
    {
        $this->listenersPerEvent[$event][] = [$priority, $listener];
    }

    public function getListenersForEvent(object $event): iterable
    {
        foreach ($this->listenersPerEvent as $name => $listeners) {
            if ($event instanceof $name) {
                usort($listeners, static fn (array $a, array $b): int => $b[0] <=> $a[0]);
                foreach ($listeners as [, $listener]) {
                    yield $listener;
                }
            }
        }
    }
}

final class EventDispatcher implements EventDispatcherInterface
{
    public function __construct(private PrioritizedListenerRegistry $listenerProvider = new PrioritizedListenerRegistry()) {}

    public function subscribeTo(string $event, callable $listener, int $priority = 0): void
    {
        $this->listenerProvider->subscribeTo($event, $listener, $priority);
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listenerProvider->getListenersForEvent($event) as $listener) {
            $listener($event);
        }
        return $event;
    }
}
