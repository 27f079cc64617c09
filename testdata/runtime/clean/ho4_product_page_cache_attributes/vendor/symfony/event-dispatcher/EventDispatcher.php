<?php

namespace Symfony\Component\EventDispatcher;

/**
 * Trimmed-down copy of the Symfony event dispatcher.
 */
class EventDispatcher
{
    private array $listeners = [];
    private array $sorted = [];

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        foreach ($this->getListeners($eventName) as $listener) {
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    public function getListeners(string $eventName): array
    {
        if (empty($this->listeners[$eventName])) {
            return [];
        }
        if (!isset($this->sorted[$eventName])) {
            krsort($this->listeners[$eventName]);
            $this->sorted[$eventName] = array_merge(...$this->listeners[$eventName]);
        }

        return $this->sorted[$eventName];
    }

    public function addListener(string $eventName, callable|array $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        unset($this->sorted[$eventName]);
    }

    public function removeListener(string $eventName, callable|array $listener): void
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
    }

    public function hasListeners(?string $eventName = null): bool
    {
        return $eventName === null ? (bool) $this->listeners : !empty($this->listeners[$eventName]);
    }
}
