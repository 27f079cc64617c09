<?php

namespace App\Sessionization;

final class SessionSummarySink
{
    private int $sessions = 0;
    private int $bounces = 0;
    private int $totalDuration = 0;

    public function emit(OpenSession $session): void
    {
        $this->sessions++;
        $this->totalDuration += $session->durationSeconds();
        if ($session->pageviews() <= 1) {
            $this->bounces++;
        }
    }

    public function bounceRate(): float
    {
        return $this->sessions === 0 ? 0.0 : $this->bounces / $this->sessions;
    }
}
