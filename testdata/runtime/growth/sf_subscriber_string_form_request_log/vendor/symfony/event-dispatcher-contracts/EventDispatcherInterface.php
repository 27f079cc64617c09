<?php

namespace Symfony\Contracts\EventDispatcher;

interface EventDispatcherInterface
{
    public function dispatch(object $event, ?string $eventName = null): object;
}
