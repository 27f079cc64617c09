<?php

declare(strict_types=1);

namespace App\Calibration;

use App\Enums\SensorModel;

final class CurveKey
{
    /** The factory curve revision a firmware version uses; unknown majors fall back to the legacy curve. */
    public static function revision(SensorModel $model, string $firmware): string
    {
        $major = explode('.', $firmware)[0];

        return in_array($major, $model->curveRevisions(), true) ? $major : 'legacy';
    }

    public static function forRevision(SensorModel $model, string $revision): string
    {
        return $model->value . '@' . $revision;
    }
}
