<?php

namespace App\Workouts;

final class Workout
{
    /** @var \ArrayObject<int, Lap> */
    public readonly \ArrayObject $laps;

    public function __construct(
        public readonly string $id,
        public readonly string $athleteId,
        public readonly string $sport,
        public readonly int $startedAt,
        public readonly string $device,
        public readonly string $polyline,
    ) {
        $this->laps = new \ArrayObject();
    }

    public function addLap(float $distanceMeters, int $durationSeconds, int $averageHeartRate, int $maxHeartRate, float $elevationGain): Lap
    {
        $lap = new Lap($this, count($this->laps) + 1, $distanceMeters, $durationSeconds, $averageHeartRate, $maxHeartRate, $elevationGain);
        $this->laps->append($lap);

        return $lap;
    }

    public function totalDistance(): float
    {
        $total = 0.0;
        foreach ($this->laps as $lap) {
            $total += $lap->distanceMeters;
        }

        return $total;
    }

    public function totalDuration(): int
    {
        $total = 0;
        foreach ($this->laps as $lap) {
            $total += $lap->durationSeconds;
        }

        return $total;
    }
}
