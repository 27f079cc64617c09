<?php

namespace React\EventLoop;

use React\EventLoop\Timer\Timer;
use React\EventLoop\Timer\Timers;

final class StreamSelectLoop
{
    private Timers $timers;

    public function __construct()
    {
        $this->timers = new Timers();
    }

    public function addTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback, false);
        $this->timers->add($timer);

        return $timer;
    }

    public function addPeriodicTimer(float $interval, callable $callback): TimerInterface
    {
        $timer = new Timer($interval, $callback, true);
        $this->timers->add($timer);

        return $timer;
    }

    public function cancelTimer(TimerInterface $timer): void
    {
        $this->timers->cancel($timer);
    }
}
