<?php

namespace Illuminate\Support\Facades;

/**
 * @method static void listen(string|array $events, \Closure|string|array|null $listener = null)
 * @method static array dispatch(string|object $event, mixed $payload = [])
 * @method static void forget(string $event)
 * @method static bool hasListeners(string $eventName)
 */
class Event extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'events';
    }
}
