<?php

namespace React\EventLoop;

final class Loop
{
    private static ?\SplQueue $ticks = null;

    public static function futureTick(callable $listener): void
    {
        (self::$ticks ??= new \SplQueue())->enqueue($listener);
    }

    public static function run(): void
    {
        $ticks = self::$ticks ??= new \SplQueue();
        while (!$ticks->isEmpty()) {
            ($ticks->dequeue())();
        }
    }
}
