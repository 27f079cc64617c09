<?php

namespace App\Workouts;

use App\Infrastructure\FeedClient;

final class WorkoutFeedPublisher
{
    public function __construct(private readonly FeedClient $feed)
    {
    }

    /** @param list<string> $highlights */
    public function publish(Workout $workout, array $highlights): void
    {
        $laps = [];
        foreach ($workout->laps as $lap) {
            $laps[] = ['n' => $lap->index, 'pace' => $lap->formattedPace(), 'hr' => $lap->averageHeartRate];
        }

        $this->feed->postActivity([
            'activity' => $workout->id,
            'athlete' => $workout->athleteId,
            'sport' => $workout->sport,
            'distance_km' => round($workout->totalDistance() / 1000, 2),
            'duration_s' => $workout->totalDuration(),
            'map' => $workout->polyline,
            'laps' => $laps,
            'highlights' => $highlights,
        ]);
    }
}
