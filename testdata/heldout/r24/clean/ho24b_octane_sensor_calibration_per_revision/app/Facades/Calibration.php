<?php

declare(strict_types=1);

namespace App\Facades;

use App\Calibration\CalibrationTable;
use Illuminate\Support\Facades\Facade;

/**
 * @method static float calibrate(\App\Enums\SensorModel $model, string $firmware, string $serial, array $deviceTrim, float $raw)
 */
final class Calibration extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return CalibrationTable::class;
    }
}
