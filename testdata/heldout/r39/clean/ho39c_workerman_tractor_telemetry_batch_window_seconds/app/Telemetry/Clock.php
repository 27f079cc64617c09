<?php

namespace App\Telemetry;

interface Clock
{
    public function now(): int;
}

final class SystemClock implements Clock
{
    /** Wall-clock time in Unix seconds, the unit gateways stamp frames with. */
    public function now(): int
    {
        return time();
    }
}
