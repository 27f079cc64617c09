<?php

declare(strict_types=1);

namespace Framework\Events;

final class Dispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    private int $dispatched = 0;

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function hasListeners(string $event): bool
    {
        return !empty($this->listeners[$event]);
    }

    public function dispatch(object $event): object
    {
        $this->dispatched++;
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
