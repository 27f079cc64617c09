<?php

namespace React\EventLoop;

/** Static accessor for the one event loop of the process. */
final class Loop
{
    private static ?StreamSelectLoop $instance = null;

    public static function get(): StreamSelectLoop
    {
        return self::$instance ??= new StreamSelectLoop();
    }

    public static function addTimer(float $interval, callable $callback): TimerInterface
    {
        return self::get()->addTimer($interval, $callback);
    }

    public static function addPeriodicTimer(float $interval, callable $callback): TimerInterface
    {
        return self::get()->addPeriodicTimer($interval, $callback);
    }

    public static function cancelTimer(TimerInterface $timer): void
    {
        self::get()->cancelTimer($timer);
    }
}
