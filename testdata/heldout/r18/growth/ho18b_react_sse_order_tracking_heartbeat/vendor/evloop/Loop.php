<?php

declare(strict_types=1);

namespace Evloop;

final class Timer
{
    public function __construct(
        public readonly float $interval,
        public readonly \Closure $callback,
        public float $due,
    ) {
    }
}

/** Minimal loop: periodic timers on a virtual clock the server advances. */
final class Loop
{
    private \SplObjectStorage $timers;

    private float $now = 0.0;

    public function __construct()
    {
        $this->timers = new \SplObjectStorage();
    }

    public function addPeriodicTimer(float $interval, callable $callback): Timer
    {
        $timer = new Timer($interval, \Closure::fromCallable($callback), $this->now + $interval);
        $this->timers->attach($timer); // leak

        return $timer;
    }

    public function cancelTimer(Timer $timer): void
    {
        $this->timers->detach($timer);
    }

    public function advance(float $seconds): void
    {
        $this->now += $seconds;
        $due = [];
        foreach ($this->timers as $timer) {
            if ($timer->due <= $this->now) {
                $due[] = $timer;
            }
        }

        foreach ($due as $timer) {
            ($timer->callback)();
            $timer->due += $timer->interval;
        }
    }
}
