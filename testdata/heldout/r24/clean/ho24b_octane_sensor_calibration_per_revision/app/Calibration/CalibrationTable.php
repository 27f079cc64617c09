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

    public function curveFor(SensorModel $model, string $firmware): CalibrationCurve
    {
        $revision = CurveKey::revision($model, $firmware);
        $key = CurveKey::forRevision($model, $revision);

        return $this->curves[$key] ??= $this->build($model, $revision);
    }

    private function build(SensorModel $model, string $revision): CalibrationCurve
    {
        $row = $this->repository->factoryCurve($model, $revision);

        return new CalibrationCurve($model, $revision, $row['coefficients'], $row['certificate'], $row['valid_from']);
    }

    /** @param array{offset?: float, gain?: float} $deviceTrim per-device trim from the device certificate */
    public function calibrate(SensorModel $model, string $firmware, string $serial, array $deviceTrim, float $raw): float
    {
        return $this->curveFor($model, $firmware)->apply($raw, (float) ($deviceTrim['offset'] ?? 0.0), (float) ($deviceTrim['gain'] ?? 1.0));
    }
}
