<?php

declare(strict_types=1);

namespace Illuminate\Events;

class Dispatcher
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    public function listen(string|array $events, callable $listener): void
    {
        foreach ((array) $events as $event) {
            $this->listeners[$event][] = $listener;
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            if ($listener($event) === false) {
                break;
            }
        }
    }

    public function forget(string $event): void
    {
        unset($this->listeners[$event]);
    }
}
