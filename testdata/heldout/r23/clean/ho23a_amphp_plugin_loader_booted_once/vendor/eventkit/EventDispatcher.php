<?php

namespace EventKit;

/** PSR-14 style dispatcher with priorities (higher runs first). */
final class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    /** @var array<string, list<callable>> */
    private array $sorted = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        unset($this->sorted[$eventName]);
    }

    public function dispatch(object $event): object
    {
        foreach ($this->getListeners($event::class) as $listener) {
            $listener($event);
        }

        return $event;
    }

    /** @return list<callable> */
    public function getListeners(string $eventName): array
    {
        if (!isset($this->sorted[$eventName])) {
            $byPriority = $this->listeners[$eventName] ?? [];
            krsort($byPriority);
            $this->sorted[$eventName] = $byPriority === [] ? [] : array_merge(...array_values($byPriority));
        }

        return $this->sorted[$eventName];
    }
}
