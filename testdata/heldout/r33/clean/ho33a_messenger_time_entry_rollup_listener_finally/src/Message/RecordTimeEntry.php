<?php

namespace App\Message;

final class RecordTimeEntry
{
    public function __construct(
        public readonly string $timekeeper,
        public readonly string $matterNumber,
        public readonly string $activityCode,
        public readonly int $minutes,
        public readonly string $narrative,
        public readonly string $workedOn,
    ) {
    }
}
