<?php

declare(strict_types=1);

namespace Acme\Events;

final class EventDispatcher
{
    /** @var array<string, array<string, callable>> */
    private array $listeners = [];

    /**
     * Registers a listener. Listeners registered again under the same id
     * replace the previous one, so subscribers can re-subscribe safely.
     */
    public function addListener(string $event, callable $listener, string $id): void
    {
        $this->listeners[$event][$id] = $listener; // leak
    }

    public function removeListener(string $event, string $id): void
    {
        unset($this->listeners[$event][$id]);
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
