<?php

declare(strict_types=1);

namespace React\EventLoop;

interface TimerInterface
{
    public function getInterval(): float;

    public function getCallback(): callable;

    public function isPeriodic(): bool;
}
