<?php

namespace App\Http;

use App\Andon\AndonNotifier;
use App\Spc\ChartRegistry;
use App\Spc\Sample;
use App\Spc\WesternElectricRules;

final class MeasurementController
{
    public function __construct(
        private ChartRegistry $charts,
        private WesternElectricRules $rules,
        private AndonNotifier $andon,
    ) {
    }

    public function __invoke(array $post): array
    {
        $chart = $this->charts->chart((string) ($post['characteristic'] ?? ''));
        if ($chart === null) {
            return [404, ['error' => 'unknown characteristic']];
        }

        foreach ($post['samples'] as $row) {
            $chart->record(new Sample(
                $row['serial'],
                (float) $row['value'],
                $post['gauge'],
                $post['operator'],
                (int) $row['ts'],
                trim($row['remark'] ?? ''),
            ));
        }

        $firstAlarm = null;
        foreach ($chart->evaluate() as $sample) {
            $reason = $this->rules->outOfControl($chart, $sample);
            if ($reason !== null && $firstAlarm === null) {
                $firstAlarm = $reason;
            }
        }
        if ($firstAlarm !== null) {
            $this->andon->raise($chart->characteristic, $firstAlarm);
        }

        return [202, ['characteristic' => $chart->characteristic, 'mean' => round($chart->mean(), 4)]];
    }
}
