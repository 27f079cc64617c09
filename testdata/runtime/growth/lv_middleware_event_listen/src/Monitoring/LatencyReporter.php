<?php

namespace App\Monitoring;

final class LatencyReporter
{
    private int $slow = 0;

    private float $worstMs = 0.0;

    public function __construct(private float $thresholdMs)
    {
    }

    public function record(string $path, float $elapsedMs): void
    {
        $this->worstMs = max($this->worstMs, $elapsedMs);
        if ($elapsedMs > $this->thresholdMs) {
            $this->slow++;
        }
    }
}
