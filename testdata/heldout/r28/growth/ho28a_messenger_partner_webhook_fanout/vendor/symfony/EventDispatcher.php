<?php

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, array<int, callable[]>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        if (empty($this->listeners[$eventName])) {
            return;
        }
        foreach ($this->listeners[$eventName] as $priority => &$listeners) {
            foreach ($listeners as $k => $v) {
                if ($v === $listener) {
                    unset($listeners[$k]);
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

    public function dispatch(object $event, ?string $eventName = null): object
    {
        $eventName ??= $event::class;
        $byPriority = $this->listeners[$eventName] ?? [];
        krsort($byPriority);
        foreach ($byPriority as $listeners) {
            foreach ($listeners as $listener) {
                $listener($event, $eventName, $this);
            }
        }

        return $event;
    }
}
