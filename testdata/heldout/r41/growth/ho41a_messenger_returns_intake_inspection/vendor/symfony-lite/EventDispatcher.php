<?php

namespace SymfonyLite\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, array<int, callable>> */
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
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
            $listener($event, $eventName, $this);
        }

        return $event;
    }
}
