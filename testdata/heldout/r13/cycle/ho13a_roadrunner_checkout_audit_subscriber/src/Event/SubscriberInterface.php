<?php

declare(strict_types=1);

namespace App\Event;

interface SubscriberInterface
{
    /**
     * @return array<string, callable> event name => listener
     */
    public function listeners(): array;
}

interface DispatcherAwareInterface
{
    public function setDispatcher(EventDispatcher $dispatcher): void;
}
