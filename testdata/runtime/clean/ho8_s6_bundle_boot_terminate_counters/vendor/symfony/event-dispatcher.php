<?php
// Stand-in for symfony/event-dispatcher.
namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable|array $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener;
        krsort($this->listeners[$eventName]);
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach (array_merge(...array_values($this->listeners[$eventName] ?? [[]])) as $listener) {
            $listener($event);
        }
        return $event;
    }
}
