<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
