<?php
// Stand-in for ReactPHP's event loop: it keeps every periodic timer
// until cancelTimer(); this run never ticks, so none fires.

namespace React\EventLoop;

interface LoopInterface
{
    public function addPeriodicTimer(float $interval, callable $callback): object;

    public function cancelTimer(object $timer): void;
}

final class StreamSelectLoop implements LoopInterface
{
    private \SplObjectStorage $timers;

    public function __construct()
    {
        $this->timers = new \SplObjectStorage();
    }

    public function addPeriodicTimer(float $interval, callable $callback): object
    {
        $timer = new \stdClass();
        $timer->interval = $interval;
        $this->timers->attach($timer, $callback);
        return $timer;
    }

    public function cancelTimer(object $timer): void
    {
        $this->timers->detach($timer);
    }
}
