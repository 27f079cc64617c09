<?php

namespace Lite\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener; // leak
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$eventName][$i]);
            }
        }
        if (($this->listeners[$eventName] ?? null) === []) {
            unset($this->listeners[$eventName]);
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }

    public function hasListeners(?string $eventName = null): bool
    {
        return $eventName === null ? $this->listeners !== [] : !empty($this->listeners[$eventName]);
    }
}
