<?php

namespace Symfony\Component\EventDispatcher;

/**
 * Stand-in for Symfony\Component\EventDispatcher\EventDispatcher.
 */
class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $k => $candidate) {
                if ($candidate === $listener) {
                    unset($this->listeners[$eventName][$priority][$k]);
                }
            }
            if (!$this->listeners[$eventName][$priority]) {
                unset($this->listeners[$eventName][$priority]);
            }
        }
        if (isset($this->listeners[$eventName]) && !$this->listeners[$eventName]) {
            unset($this->listeners[$eventName]);
        }
    }

    public function hasListeners(?string $eventName = null): bool
    {
        return $eventName === null ? (bool) $this->listeners : !empty($this->listeners[$eventName]);
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        $byPriority = $this->listeners[$eventName] ?? [];
        krsort($byPriority);
        foreach ($byPriority as $listeners) {
            foreach ($listeners as $listener) {
                $listener($event, $eventName, $this);
            }
        }

        return $event;
    }
}
