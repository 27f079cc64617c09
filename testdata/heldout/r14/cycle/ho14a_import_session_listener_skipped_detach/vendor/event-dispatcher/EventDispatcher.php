<?php

declare(strict_types=1);

namespace Vendor\EventDispatcher;

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener; // leak
    }

    public function removeSubscriber(object $subscriber): void
    {
        foreach ($this->listeners as $eventName => $listeners) {
            $this->listeners[$eventName] = array_values(array_filter(
                $listeners,
                static fn (callable $l): bool => !(is_array($l) && $l[0] === $subscriber),
            ));
        }
    }

    public function dispatch(object $event, ?string $eventName = null): object
    {
        foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}
