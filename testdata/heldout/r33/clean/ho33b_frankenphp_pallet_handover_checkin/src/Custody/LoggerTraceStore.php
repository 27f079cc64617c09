<?php

namespace App\Custody;

/** Reads logger uploads; the carrier's upload often lands after the scan. */
final class LoggerTraceStore
{
    public function find(string $loggerSerial): ?array
    {
        $n = (int) substr($loggerSerial, -4);
        if ($n % 3 !== 0) {
            return null;
        }

        return [3.1 + ($n % 5) / 10, 3.4, 4.0, 3.8, $n % 27 === 0 ? 9.2 : 4.1];
    }
}
