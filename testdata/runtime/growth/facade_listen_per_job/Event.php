<?php

final class Event
{
    /** @var array<string, list<Closure>> */
    private static array $listeners = [];

    public static function listen(string $event, Closure $listener): void
    {
        self::$listeners[$event][] = $listener; // leak
    }

    public static function dispatch(string $event, array $payload): void
    {
        foreach (self::$listeners[$event] ?? [] as $listener) {
            if ($listener($payload) === false) {
                break;
            }
        }
    }
}
