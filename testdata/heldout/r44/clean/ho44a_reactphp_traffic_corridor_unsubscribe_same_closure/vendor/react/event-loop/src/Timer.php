<?php

declare(strict_types=1);

namespace React\EventLoop;

final class Timer implements TimerInterface
{
    private $callback;

    public function __construct(private readonly float $interval, callable $callback, private readonly bool $periodic)
    {
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
