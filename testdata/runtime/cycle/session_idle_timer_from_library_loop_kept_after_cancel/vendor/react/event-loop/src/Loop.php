<?php

namespace React\EventLoop;

interface TimerInterface
{
    public function getInterval(): float;
}

/** Stand-in for ReactPHP's timer: it keeps its callback. */
final class Timer implements TimerInterface
{
    public function __construct(private float $interval, private $callback)
    {
    }

    public function getInterval(): float
    {
        return $this->interval;
    }
}

/** Stand-in for ReactPHP's global loop accessor. */
final class Loop
{
    /** @var array<int, TimerInterface> */
    private static array $timers = [];

    public static function addTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback);
        self::$timers[spl_object_id($timer)] = $timer;
        return $timer;
    }

    public static function cancelTimer(TimerInterface $timer): void
    {
        unset(self::$timers[spl_object_id($timer)]);
    }
}
