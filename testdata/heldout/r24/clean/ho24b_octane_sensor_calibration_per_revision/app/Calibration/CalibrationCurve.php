<?php

declare(strict_types=1);

namespace App\Calibration;

use App\Enums\SensorModel;

final class CalibrationCurve
{
    /** @param list<float> $coefficients polynomial, lowest order first */
    public function __construct(
        public readonly SensorModel $model,
        public readonly string $revision,
        public readonly array $coefficients,
        public readonly string $certificate,
        public readonly string $validFrom,
    ) {
    }

    public function apply(float $raw, float $offset = 0.0, float $gain = 1.0): float
    {
        $x = $raw * $gain + $offset;
        $y = 0.0;
        foreach ($this->coefficients as $power => $c) {
            $y += $c * ($x ** $power);
        }

        return round($y, 4);
    }
}
