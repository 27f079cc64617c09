<?php

namespace Lite\EventDispatcher;

/**
 * Trimmed-down stand-in for symfony/event-dispatcher's EventDispatcher.
 */
class EventDispatcher
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
        if (empty($this->listeners[$eventName])) {
            return;
        }

        foreach ($this->listeners[$eventName] as $priority => &$listeners) {
            foreach ($listeners as $k => $v) {
                if ($v === $listener) {
                    unset($listeners[$k], $this->sorted[$eventName]);
                }
            }

            if (!$listeners) {
                unset($this->listeners[$eventName][$priority]);
            }
        }
        unset($listeners);

        if (!$this->listeners[$eventName]) {
            unset($this->listeners[$eventName]);
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;

        foreach ($this->getListeners($eventName) as $listener) {
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    /** @return list<callable> */
    public function getListeners(string $eventName): array
    {
        if (empty($this->listeners[$eventName])) {
            return [];
        }

        if (!isset($this->sorted[$eventName])) {
            $this->sortListeners($eventName);
        }

        return $this->sorted[$eventName];
    }

    private function sortListeners(string $eventName): void
    {
        krsort($this->listeners[$eventName]);
        $this->sorted[$eventName] = [];

        foreach ($this->listeners[$eventName] as $listeners) {
            foreach ($listeners as $listener) {
                $this->sorted[$eventName][] = $listener;
            }
        }
    }
}
