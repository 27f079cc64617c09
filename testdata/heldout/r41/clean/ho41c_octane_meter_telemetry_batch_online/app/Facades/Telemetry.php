<?php

namespace App\Facades;

use App\Telemetry\ReadingPoint;
use App\Telemetry\TelemetryCollector;
use OctaneLite\Facade;

/**
 * @method static void record(ReadingPoint $point)
 * @method static void flush()
 */
final class Telemetry extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return TelemetryCollector::class;
    }
}
