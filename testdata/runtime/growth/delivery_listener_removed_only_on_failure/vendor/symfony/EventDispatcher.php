<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener; // leak
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $i => $l) {
            if ($l === $listener) {
                unset($this->listeners[$eventName][$i]);
            }
        }
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
