<?php

declare(strict_types=1);

namespace App\Calibration;

use App\Enums\SensorModel;

/** Factory curves from the metrology database (stubbed: deterministic per model/revision). */
final class CalibrationRepository
{
    public int $queries = 0;

    /** @return array{coefficients: list<float>, certificate: string, valid_from: string} */
    public function factoryCurve(SensorModel $model, string $revision): array
    {
        $this->queries++;
        $seed = crc32($model->value . '/' . $revision);

        return [
            'coefficients' => [($seed % 100) / 1000, 1.0 + ($seed % 7) / 1000, -0.00012, 0.0000031, -0.00000004, 0.0000000002],
            'certificate' => sprintf('PTB-%s-%s-%06d', strtoupper($model->value), $revision, $seed % 1_000_000),
            'valid_from' => '2023-0' . (1 + $seed % 9) . '-01',
        ];
    }
}
