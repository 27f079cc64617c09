<?php

declare(strict_types=1);

namespace App\Calibration;

use App\Enums\SensorModel;

/**
 * Resolved calibration curves. Bound as a singleton so lookups are served
 * from memory across requests handled by this worker.
 */
final class CalibrationTable
{
    /** @var array<string, CalibrationCurve> */
    private array $curves = [];

    public function __construct(private CalibrationRepository $repository)
    {
    }

    /** @param array{offset?: float, gain?: float} $deviceTrim per-device trim from the device certificate */
    public function curveFor(SensorModel $model, string $firmware, string $serial, array $deviceTrim): CalibrationCurve
    {
        $key = CurveKey::forDevice($model, $serial);

        return $this->curves[$key] ??= $this->build($model, $firmware, $deviceTrim); // leak
    }

    private function build(SensorModel $model, string $firmware, array $trim): CalibrationCurve
    {
        $major = explode('.', $firmware)[0];
        $revision = in_array($major, $model->curveRevisions(), true) ? $major : 'legacy';
        $row = $this->repository->factoryCurve($model, $revision);

        return new CalibrationCurve($model, $revision, $row['coefficients'], (float) ($trim['offset'] ?? 0.0), (float) ($trim['gain'] ?? 1.0), $row['certificate'], $row['valid_from']);
    }

    public function calibrate(SensorModel $model, string $firmware, string $serial, array $deviceTrim, float $raw): float
    {
        return $this->curveFor($model, $firmware, $serial, $deviceTrim)->apply($raw);
    }
}
