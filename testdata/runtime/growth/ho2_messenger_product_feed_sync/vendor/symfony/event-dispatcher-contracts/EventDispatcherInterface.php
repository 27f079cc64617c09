<?php

namespace Symfony\Contracts\EventDispatcher;

interface EventDispatcherInterface
{
    /**
     * Dispatches an event to all registered listeners.
     *
     * @template T of object
     * @param T $event
     * @return T
     */
    public function dispatch(object $event, ?string $eventName = null): object;
}
