<?php

declare(strict_types=1);

namespace App\Calibration;

use App\Enums\SensorModel;

final class CurveKey
{
    public static function forDevice(SensorModel $model, string $serial): string
    {
        return $model->value . '#' . strtolower(trim($serial));
    }
}
