<?php

declare(strict_types=1);

namespace Framework\Support\Facades;

/**
 * @method static void listen(string $event, callable $listener)
 * @method static object dispatch(object $event)
 * @method static bool hasListeners(string $event)
 */
final class Event extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'events';
    }
}
