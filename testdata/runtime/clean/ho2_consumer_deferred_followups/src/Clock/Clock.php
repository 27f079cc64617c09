<?php

declare(strict_types=1);

namespace Acme\Clock;

interface ClockInterface
{
    /** Seconds since the epoch, with fractional part. */
    public function now(): float;
}

/**
 * Clock whose time is driven by the transport stand-in, so that runs are reproducible.
 */
final class SimulatedClock implements ClockInterface
{
    public function __construct(private float $time = 1700000000.0) {}

    public function now(): float
    {
        return $this->time;
    }

    public function sleep(float $seconds): void
    {
        $this->time += $seconds;
    }
}
