<?php

declare(strict_types=1);

namespace App\Steps;

use App\Storage\WarehouseClient;

final class RollupWriter
{
    public function __construct(private readonly WarehouseClient $warehouse)
    {
    }

    /**
     * @param list<StepSample> $samples
     */
    public function write(array $samples): void
    {
        $totals = [];
        foreach ($samples as $sample) {
            $key = $sample->athleteId . '|' . $sample->localDay();
            $totals[$key] ??= ['steps' => 0, 'distance' => 0.0, 'active' => 0];
            $totals[$key]['steps'] += $sample->steps;
            $totals[$key]['distance'] += $sample->distanceMeters;
            $totals[$key]['active'] += $sample->activeSeconds;
        }

        foreach ($totals as $key => $row) {
            [$athleteId, $day] = explode('|', $key);
            $this->warehouse->execute(
                'INSERT INTO daily_steps (athlete_id, day, steps, distance_m, active_s) VALUES (?, ?, ?, ?, ?)'
                . ' ON CONFLICT (athlete_id, day) DO UPDATE SET steps = daily_steps.steps + excluded.steps,'
                . ' distance_m = daily_steps.distance_m + excluded.distance_m, active_s = daily_steps.active_s + excluded.active_s',
                [$athleteId, $day, $row['steps'], $row['distance'], $row['active']],
            );
        }
    }
}
