<?php

namespace Symfony\Component\EventDispatcher;

interface EventDispatcherInterface
{
    public function dispatch(object $event, ?string $eventName = null): object;

    public function addListener(string $eventName, callable $listener, int $priority = 0): void;

    public function removeListener(string $eventName, callable $listener): void;

    public function getListeners(string $eventName): array;

    public function hasListeners(string $eventName): bool;

    public function getListenerPriority(string $eventName, callable $listener): ?int;
}

class EventDispatcher implements EventDispatcherInterface
{
    private array $listeners = [];
    private array $sorted = [];

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        foreach ($this->getListeners($eventName) as $listener) {
            if (method_exists($event, 'isPropagationStopped') && $event->isPropagationStopped()) {
                break;
            }
            $listener($event, $eventName, $this);
        }

        return $event;
    }

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        unset($this->sorted[$eventName]);
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $k => $v) {
                if ($v === $listener) {
                    unset($this->listeners[$eventName][$priority][$k], $this->sorted[$eventName]);
                }
            }
            if (empty($this->listeners[$eventName][$priority])) {
                unset($this->listeners[$eventName][$priority]);
            }
        }
    }

    public function getListeners(string $eventName): array
    {
        if (empty($this->listeners[$eventName])) {
            return [];
        }
        if (!isset($this->sorted[$eventName])) {
            krsort($this->listeners[$eventName]);
            $this->sorted[$eventName] = array_merge(...array_values($this->listeners[$eventName]));
        }

        return $this->sorted[$eventName];
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function getListenerPriority(string $eventName, callable $listener): ?int
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $v) {
                if ($v === $listener) {
                    return $priority;
                }
            }
        }

        return null;
    }
}
