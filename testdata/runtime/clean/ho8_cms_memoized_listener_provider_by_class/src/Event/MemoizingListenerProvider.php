<?php

namespace App\Event;

use Psr\EventDispatcher\ListenerProviderInterface;

/** Remembers the resolved, sorted listener list per event class so later events of that class skip resolution. */
final class MemoizingListenerProvider implements ListenerProviderInterface
{
    /** @var array<class-string, list<callable>> */
    private array $resolved = [];

    public function __construct(private ListenerProviderInterface $inner) {}

    public function getListenersForEvent(object $event): iterable
    {
        return $this->resolved[$event::class] ??= [...$this->inner->getListenersForEvent($event)];
    }
}
