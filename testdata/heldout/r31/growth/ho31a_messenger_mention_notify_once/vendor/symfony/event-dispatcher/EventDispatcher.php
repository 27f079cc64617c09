<?php

namespace Symfony\Contracts\EventDispatcher;

class Event
{
    private bool $propagationStopped = false;

    public function isPropagationStopped(): bool
    {
        return $this->propagationStopped;
    }

    public function stopPropagation(): void
    {
        $this->propagationStopped = true;
    }
}

namespace Symfony\Component\EventDispatcher;

use Symfony\Contracts\EventDispatcher\Event;

class EventDispatcher
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

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        foreach ($this->getListeners($eventName) as $listener) {
            if ($event instanceof Event && $event->isPropagationStopped()) {
                break;
            }
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    /** @return list<callable> */
    public function getListeners(string $eventName): array
    {
        if (!isset($this->sorted[$eventName])) {
            $byPriority = $this->listeners[$eventName] ?? [];
            krsort($byPriority);
            $this->sorted[$eventName] = $byPriority ? array_merge(...array_values($byPriority)) : [];
        }

        return $this->sorted[$eventName];
    }
}
