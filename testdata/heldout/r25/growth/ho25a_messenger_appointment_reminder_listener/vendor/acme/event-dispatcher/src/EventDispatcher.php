<?php

declare(strict_types=1);

namespace Acme\EventDispatcher;

class EventDispatcher
{
    /** @var array<string, array<int, list<callable>>> */
    private array $listeners = [];

    /** @var array<string, list<callable>> */
    private array $sorted = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
        unset($this->sorted[$eventName]);
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        if (empty($this->listeners[$eventName])) {
            return;
        }

        foreach ($this->listeners[$eventName] as $priority => &$listeners) {
            foreach ($listeners as $k => $registered) {
                if ($registered === $listener) {
                    unset($listeners[$k], $this->sorted[$eventName]);
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

    /** @return list<callable> */
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

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->getListeners($eventName ?? $event::class) as $listener) {
            $listener($event, $eventName ?? $event::class, $this);
        }

        return $event;
    }
}
