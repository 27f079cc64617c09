<?php
// Stand-in for symfony/event-dispatcher's EventDispatcher.

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $priority => $listeners) {
            foreach ($listeners as $k => $l) {
                if ($l === $listener) {
                    unset($this->listeners[$eventName][$priority][$k]);
                }
            }
        }
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listeners) {
            foreach ($listeners as $listener) {
                $listener($event);
            }
        }
        return $event;
    }
}
