<?php

namespace Symfony\Contracts\EventDispatcher;

/**
 * Base event class: carries propagation state only.
 */
class Event
{
    private bool $propagationStopped = false;

    public function isPropagationStopped(): bool
    {
        return $this->propagationStopped;
    }

    public function stopPropagation(): void
    {
        $this->propagationStopped = true;
    }
}
