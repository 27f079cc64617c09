<?php

namespace React\EventLoop\Timer;

use React\EventLoop\TimerInterface;

final class Timers
{
    private float $time = 0.0;

    /** @var array<int, TimerInterface> */
    private array $timers = [];

    /** @var array<int, float> */
    private array $schedule = [];

    public function updateTime(): float
    {
        return $this->time = hrtime(true) * 1e-9;
    }

    public function add(TimerInterface $timer): void
    {
        $id = spl_object_id($timer);
        $this->timers[$id] = $timer;
        $this->schedule[$id] = $timer->getInterval() + $this->updateTime();
    }

    public function contains(TimerInterface $timer): bool
    {
        return isset($this->timers[spl_object_id($timer)]);
    }

    public function cancel(TimerInterface $timer): void
    {
        $id = spl_object_id($timer);
        unset($this->timers[$id], $this->schedule[$id]);
    }

    public function isEmpty(): bool
    {
        return ! $this->timers;
    }
}
