<?php

namespace App\Sleep;

use App\Infrastructure\TimelineApiClient;

final class SleepSegmentPublisher
{
    public function __construct(private readonly TimelineApiClient $timeline)
    {
    }

    public function publish(string $athleteId, string $nightOf, int $chunk, array $minutes): void
    {
        $this->timeline->post("/athletes/{$athleteId}/sleep/{$nightOf}/segments", [
            'chunk' => $chunk,
            'minutes' => $minutes,
        ]);
    }
}
