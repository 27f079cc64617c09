<?php

namespace App\Workouts;

final class Lap
{
    private readonly Workout $workout;

    public function __construct(
        Workout $workout,
        public readonly int $index,
        public readonly float $distanceMeters,
        public readonly int $durationSeconds,
        public readonly int $averageHeartRate,
        public readonly int $maxHeartRate,
        public readonly float $elevationGain,
    ) {
        $this->workout = $workout; // leak
    }

    public function workout(): Workout
    {
        return $this->workout;
    }

    public function formattedPace(): string
    {
        if ($this->distanceMeters <= 0) {
            return '-';
        }
        if ($this->workout()->sport === 'cycling') {
            return sprintf('%.1f km/h', $this->distanceMeters / $this->durationSeconds * 3.6);
        }
        $secondsPerKm = (int) round($this->durationSeconds / ($this->distanceMeters / 1000));

        return sprintf('%d:%02d /km', intdiv($secondsPerKm, 60), $secondsPerKm % 60);
    }
}
