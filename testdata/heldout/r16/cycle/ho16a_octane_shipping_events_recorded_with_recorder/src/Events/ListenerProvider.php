<?php

declare(strict_types=1);

namespace Logistics\Events;

/** PSR-14 style provider, filled at boot and shared by the worker. */
final class ListenerProvider
{
    /** @var array<class-string, list<callable(DomainEvent): void>> */
    private array $listeners = [];

    /** @param class-string<DomainEvent> $eventClass */
    public function listen(string $eventClass, callable $listener): void
    {
        $this->listeners[$eventClass][] = $listener;
    }

    /** @return iterable<callable(DomainEvent): void> */
    public function getListenersForEvent(object $event): iterable
    {
        return $this->listeners[$event::class] ?? [];
    }
}
