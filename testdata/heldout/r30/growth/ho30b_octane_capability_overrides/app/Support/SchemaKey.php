<?php

namespace App\Support;

final class SchemaKey
{
    /**
     * Calibration and capability overrides are applied per physical unit,
     * so the compiled schema is addressed by model and serial.
     */
    public static function fromReport(array $report): string
    {
        $model = strtolower(trim($report['model'] ?? 'unknown'));
        $serial = strtoupper($report['serial'] ?? '0000');

        return sprintf('%s::%s', $model, $serial);
    }
}
