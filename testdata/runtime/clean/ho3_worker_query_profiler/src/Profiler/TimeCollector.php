<?php

declare(strict_types=1);

namespace App\Profiler;

final class TimeCollector implements ResetInterface
{
    private ?float $start = null;
    private float $lastDuration = 0.0;

    public function start(): void
    {
        $this->start = microtime(true);
    }

    public function stop(): void
    {
        if ($this->start !== null) {
            $this->lastDuration = microtime(true) - $this->start;
        }
        $this->start = null;
    }

    public function lastDuration(): float
    {
        return $this->lastDuration;
    }

    public function reset(): void
    {
        $this->start = null;
    }
}
