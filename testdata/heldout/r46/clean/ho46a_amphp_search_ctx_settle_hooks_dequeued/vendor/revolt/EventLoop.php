<?php

namespace Revolt;

/** Stand-in for Revolt\EventLoop: one global loop per process. */
final class EventLoop
{
    private static ?\SplQueue $queue = null;

    public static function queue(\Closure $callback, mixed ...$args): void
    {
        (self::$queue ??= new \SplQueue())->enqueue([$callback, $args]);
    }

    public static function run(): void
    {
        while (self::$queue !== null && !self::$queue->isEmpty()) {
            [$callback, $args] = self::$queue->dequeue();
            $callback(...$args);
        }
    }
}
