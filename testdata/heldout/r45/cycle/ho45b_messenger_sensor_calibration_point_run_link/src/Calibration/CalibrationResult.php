<?php

namespace App\Calibration;

final class CalibrationResult
{
    public function __construct(
        public readonly string $sensorId,
        public readonly float $gain,
        public readonly float $offset,
        public readonly float $maxError,
        public readonly int $points,
    ) {
    }

    public function withinTolerance(float $tolerance): bool
    {
        return $this->maxError <= $tolerance;
    }
}
