<?php

namespace App\Telemetry;

final class WindowKey
{
    public static function of(string $device, string $measurement, int $windowStart): string
    {
        return sprintf('%s|%s|%d', $device, $measurement, $windowStart);
    }

    public static function windowStart(int $timestamp, int $window): int
    {
        return $timestamp - $timestamp % $window;
    }
}
