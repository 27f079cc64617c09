<?php

namespace Illuminate\Support\Facades;

/**
 * @method static void listen(\Closure|string|array $events, \Closure|string|array|null $listener = null)
 * @method static array|null dispatch(string|object $event, mixed $payload = [], bool $halt = false)
 *
 * @see \Illuminate\Events\Dispatcher
 */
class Event extends Facade
{
    protected static function getFacadeAccessor()
    {
        return 'events';
    }
}
