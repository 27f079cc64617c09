<?php

declare(strict_types=1);

namespace Acme\Events;

// Framework event dispatcher; one instance per worker, kept in the container.
class Dispatcher
{
    /** @var array<string, array<int, callable>> */
    private array $listeners = [];
    private int $nextId = 0;

    public function listen(string $event, callable $listener): int
    {
        $id = ++$this->nextId;
        $this->listeners[$event][$id] = $listener; // leak

        return $id;
    }

    public function forget(string $event, int $id): void
    {
        unset($this->listeners[$event][$id]);
        if (($this->listeners[$event] ?? []) === []) {
            unset($this->listeners[$event]);
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
