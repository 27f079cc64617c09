<?php

namespace App\Calibration;

/** Current coefficients per sensor, pushed to the ingest QC on change. */
final class CalibrationLedger
{
    /** @var array<string, CalibrationResult> */
    private array $current = [];

    public function accept(CalibrationResult $result): void
    {
        $this->current[$result->sensorId] = $result;
    }

    public function coefficients(string $sensorId): ?CalibrationResult
    {
        return $this->current[$sensorId] ?? null;
    }
}
