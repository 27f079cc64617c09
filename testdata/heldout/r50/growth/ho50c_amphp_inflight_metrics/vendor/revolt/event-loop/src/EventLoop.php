<?php

namespace Revolt;

final class EventLoop
{
    private static ?\SplQueue $callbacks = null;

    public static function defer(\Closure $closure): string
    {
        (self::$callbacks ??= new \SplQueue())->enqueue($closure);

        return 'cb';
    }

    public static function run(): void
    {
        while (self::$callbacks !== null && !self::$callbacks->isEmpty()) {
            (self::$callbacks->dequeue())();
        }
    }
}
