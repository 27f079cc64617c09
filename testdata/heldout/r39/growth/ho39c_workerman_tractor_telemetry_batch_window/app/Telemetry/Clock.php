<?php

namespace App\Telemetry;

interface Clock
{
    public function now(): int;
}

final class SystemClock implements Clock
{
    /** Wall-clock time, millisecond resolution (gateway ACKs echo it back). */
    public function now(): int
    {
        return (int) floor(microtime(true) * 1000);
    }
}
