<?php

namespace App\Clock;

final class SystemClock
{
    public function nowMs(): int
    {
        return (int) floor(microtime(true) * 1000);
    }

    public function now(): int
    {
        return time();
    }
}
