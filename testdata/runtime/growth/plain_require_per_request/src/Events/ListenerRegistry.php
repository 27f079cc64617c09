<?php

namespace App\Events;

final class ListenerRegistry
{
    /** @var list<array{event: string, handler: string, description: string}> */
    public static array $listeners = [];

    public static function dispatch(string $event, array $payload): int
    {
        $called = 0;
        foreach (self::$listeners as $listener) {
            if ($listener['event'] === $event) {
                $called++;
            }
        }
        return $called;
    }
}
