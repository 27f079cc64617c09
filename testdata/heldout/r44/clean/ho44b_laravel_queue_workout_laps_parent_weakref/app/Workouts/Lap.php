<?php

namespace App\Workouts;

final class Lap
{
    /** @var \WeakReference<Workout> */
    private readonly \WeakReference $workout;

    public function __construct(
        Workout $workout,
        public readonly int $index,
        public readonly float $distanceMeters,
        public readonly int $durationSeconds,
        public readonly int $averageHeartRate,
        public readonly int $maxHeartRate,
        public readonly float $elevationGain,
    ) {
        $this->workout = \WeakReference::create($workout);
    }

    public function workout(): Workout
    {
        return $this->workout->get() ?? throw new \LogicException('Lap used after its workout was released');
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
