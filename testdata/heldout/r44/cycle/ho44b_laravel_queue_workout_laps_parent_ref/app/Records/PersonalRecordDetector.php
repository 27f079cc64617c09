<?php

namespace App\Records;

use App\Workouts\Workout;

final class PersonalRecordDetector
{
    public function __construct(private readonly PersonalRecordRepository $records)
    {
    }

    /** @return list<string> */
    public function detect(Workout $workout): array
    {
        $best = $this->records->bestLapPace($workout->athleteId, $workout->sport);
        $found = [];
        foreach ($workout->laps as $lap) {
            if ($lap->distanceMeters < 400) {
                continue;
            }
            $pace = (int) round($lap->durationSeconds / ($lap->distanceMeters / 1000));
            if ($pace < $best) {
                $best = $pace;
                $found[] = sprintf('Fastest lap: lap %d at %s', $lap->index, $lap->formattedPace());
            }
        }
        if ($found !== []) {
            $this->records->storeLapPace($workout->athleteId, $workout->sport, $workout->id, $best);
        }

        return $found;
    }
}
