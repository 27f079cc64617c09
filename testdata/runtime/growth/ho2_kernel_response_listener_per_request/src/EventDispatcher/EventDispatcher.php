<?php

declare(strict_types=1);

namespace Kernel\EventDispatcher;

/**
 * Minimal priority-aware event dispatcher.
 */
final class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    /** @var array<string, list<callable>> */
    private array $sorted = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
        unset($this->sorted[$eventName]);
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $k => $candidate) {
                if ($candidate === $listener) {
                    unset($this->listeners[$eventName][$priority][$k]);
                }
            }
            if ($this->listeners[$eventName][$priority] === []) {
                unset($this->listeners[$eventName][$priority]);
            }
        }
        if (($this->listeners[$eventName] ?? null) === []) {
            unset($this->listeners[$eventName]);
        }
        unset($this->sorted[$eventName]);
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->getListeners($eventName) as $listener) {
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
            $this->sorted[$eventName] = $byPriority === [] ? [] : array_merge(...array_values($byPriority));
        }

        return $this->sorted[$eventName];
    }
}
