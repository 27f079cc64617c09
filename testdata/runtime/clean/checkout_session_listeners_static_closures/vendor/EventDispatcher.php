<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->listeners[$eventName] ?? [] as $byPriority) {
            foreach ($byPriority as $listener) {
                $listener($event);
            }
        }

        return $event;
    }
}
