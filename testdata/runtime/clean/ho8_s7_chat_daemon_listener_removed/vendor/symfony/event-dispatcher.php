<?php
// Stripped-down symfony/event-dispatcher.

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        if (false !== $k = array_search($listener, $this->listeners[$eventName] ?? [], true)) {
            unset($this->listeners[$eventName][$k]);
        }
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}
