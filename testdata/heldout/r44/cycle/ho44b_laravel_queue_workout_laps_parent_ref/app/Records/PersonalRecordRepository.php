<?php

namespace App\Records;

/**
 * Reads and writes the athlete's best efforts (primary database).
 */
final class PersonalRecordRepository
{
    private int $queries = 0;

    public function bestLapPace(string $athleteId, string $sport): int
    {
        // SELECT best_lap_pace FROM personal_records WHERE athlete_id = ? AND sport = ?
        $this->queries++;

        return 240 + crc32($athleteId . $sport) % 120;
    }

    public function storeLapPace(string $athleteId, string $sport, string $activityId, int $secondsPerKm): void
    {
        // UPDATE personal_records SET best_lap_pace = ?, activity_id = ? WHERE ...
        $this->queries++;
    }
}
