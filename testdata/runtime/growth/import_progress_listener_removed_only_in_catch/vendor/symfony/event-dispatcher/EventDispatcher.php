<?php

namespace Symfony\Component\EventDispatcher;

/** Stand-in for Symfony's event dispatcher. */
final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $l) {
            if ($l === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function dispatch(string $event, array $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $l) {
            $l($payload);
        }
    }
}
