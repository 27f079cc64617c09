<?php

namespace Acme\Events;

final class Dispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(string $event): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener();
        }
    }
}
