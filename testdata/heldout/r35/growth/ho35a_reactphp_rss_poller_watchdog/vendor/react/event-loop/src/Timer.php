<?php

namespace React\EventLoop\Timer;

use React\EventLoop\TimerInterface;

final class Timer implements TimerInterface
{
    private $callback;

    public function __construct(
        private readonly float $interval,
        callable $callback,
        private readonly bool $periodic = false,
    ) {
        $this->callback = $callback;
    }

    public function getInterval(): float
    {
        return $this->interval;
    }

    public function getCallback(): callable
    {
        return $this->callback;
    }

    public function isPeriodic(): bool
    {
        return $this->periodic;
    }
}
