<?php

declare(strict_types=1);

namespace Acme\Loop;

final class TimerHandle
{
    public function __construct(public readonly int $id, public readonly float $dueAt)
    {
    }
}

/** Minimal ReactPHP-like loop with a virtual clock. */
final class Loop
{
    private float $now = 0.0;
    private int $nextId = 0;
    /** @var array<int, array{0: float, 1: callable}> */
    private array $timers = [];

    public function now(): float
    {
        return $this->now;
    }

    public function addTimer(float $seconds, callable $callback): TimerHandle
    {
        $handle = new TimerHandle(++$this->nextId, $this->now + $seconds);
        $this->timers[$handle->id] = [$handle->dueAt, $callback]; // leak

        return $handle;
    }

    public function cancelTimer(TimerHandle $handle): void
    {
        unset($this->timers[$handle->id]);
    }

    public function advance(float $seconds): void
    {
        $this->now += $seconds;
        foreach ($this->timers as $id => [$dueAt, $callback]) {
            if ($dueAt <= $this->now) {
                unset($this->timers[$id]);
                $callback();
            }
        }
    }
}
