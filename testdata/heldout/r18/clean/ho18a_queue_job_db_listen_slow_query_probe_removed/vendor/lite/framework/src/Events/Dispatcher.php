<?php

declare(strict_types=1);

namespace Lite\Events;

class Dispatcher
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $index => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$index]);
            }
        }

        if (($this->listeners[$event] ?? null) === []) {
            unset($this->listeners[$event]);
        }
    }

    public function hasListeners(string $event): bool
    {
        return !empty($this->listeners[$event]);
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
