<?php

namespace App\Event;

use Psr\EventDispatcher\ListenerProviderInterface;

/** Remembers the resolved, sorted listener list so a re-dispatched event skips resolution. */
final class MemoizingListenerProvider implements ListenerProviderInterface
{
    private \SplObjectStorage $resolved;

    public function __construct(private ListenerProviderInterface $inner)
    {
        $this->resolved = new \SplObjectStorage();
    }

    public function getListenersForEvent(object $event): iterable
    {
        if (!$this->resolved->contains($event)) {
            $this->resolved[$event] = [...$this->inner->getListenersForEvent($event)]; // leak
        }
        return $this->resolved[$event];
    }
}
