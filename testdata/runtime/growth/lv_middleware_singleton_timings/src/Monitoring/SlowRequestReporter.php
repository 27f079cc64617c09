<?php

namespace App\Monitoring;

final class SlowRequestReporter
{
    private int $slow = 0;

    public function __construct(private float $thresholdMs)
    {
    }

    public function report(RequestTiming $timing): void
    {
        if ($timing->durationMs > $this->thresholdMs) {
            $this->slow++;
        }
    }
}
