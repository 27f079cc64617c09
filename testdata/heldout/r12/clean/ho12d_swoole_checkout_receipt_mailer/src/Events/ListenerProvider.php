<?php

declare(strict_types=1);

namespace App\Events;

/*
 * PSR-14 style dispatcher with a mutable listener provider.
 */

interface ListenerProviderInterface
{
    /** @return iterable<callable> */
    public function getListenersForEvent(object $event): iterable;
}

final class ListenerProvider implements ListenerProviderInterface
{
    /** @var array<class-string, array<int, callable>> */
    private array $listeners = [];

    public function addListener(string $eventClass, callable $listener): void
    {
        $this->listeners[$eventClass][] = $listener;
    }

    public function removeListener(string $eventClass, callable $listener): void
    {
        foreach ($this->listeners[$eventClass] ?? [] as $index => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$eventClass][$index]);
            }
        }
        if (($this->listeners[$eventClass] ?? null) === []) {
            unset($this->listeners[$eventClass]);
        }
    }

    public function getListenersForEvent(object $event): iterable
    {
        foreach ($this->listeners as $eventClass => $listeners) {
            if ($event instanceof $eventClass) {
                yield from $listeners;
            }
        }
    }
}

final class EventDispatcher
{
    public function __construct(private ListenerProviderInterface $provider)
    {
    }

    public function dispatch(object $event): object
    {
        foreach ($this->provider->getListenersForEvent($event) as $listener) {
            $listener($event);
        }

        return $event;
    }
}
