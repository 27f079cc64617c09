<?php

namespace App\Workouts;

/**
 * Decodes the lap summary the watch extracts from its FIT file before
 * upload (the full record stream goes to object storage separately).
 */
final class FitSummaryDecoder
{
    public function decode(array $summary): Workout
    {
        $workout = new Workout(
            (string) $summary['activity_id'],
            (string) $summary['athlete_id'],
            (string) $summary['sport'],
            (int) $summary['start_time'],
            (string) ($summary['device'] ?? 'unknown'),
            (string) ($summary['polyline'] ?? ''),
        );

        foreach ($summary['laps'] as $lap) {
            $workout->addLap(
                (float) $lap['total_distance'],
                (int) $lap['total_timer_time'],
                (int) $lap['avg_heart_rate'],
                (int) $lap['max_heart_rate'],
                (float) ($lap['total_ascent'] ?? 0),
            );
        }

        return $workout;
    }
}
