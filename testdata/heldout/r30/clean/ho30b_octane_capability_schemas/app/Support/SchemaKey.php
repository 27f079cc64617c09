<?php

namespace App\Support;

final class SchemaKey
{
    /**
     * Compiled schemas are shared by every unit of a model; per-unit
     * calibration is applied when the report is normalised.
     */
    public static function fromReport(array $report, array $supportedModels): string
    {
        $model = strtolower(trim($report['model'] ?? 'unknown'));
        if (!in_array($model, $supportedModels, true)) {
            $model = 'generic';
        }

        return sprintf('%s::v%d', $model, $report['schema'] ?? 1);
    }
}
