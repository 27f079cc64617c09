<?php

declare(strict_types=1);

namespace App\Steps;

/**
 * One 15-minute step bucket as reported by the wearable.
 */
final class StepSample
{
    public function __construct(
        public readonly string $athleteId,
        public readonly string $deviceId,
        public readonly int $bucketStart,
        public readonly int $steps,
        public readonly float $distanceMeters,
        public readonly int $activeSeconds,
        public readonly string $timezone,
        public readonly string $source,
    ) {
    }

    /** Local calendar day of the bucket, e.g. "2024-06-10". */
    public function localDay(): string
    {
        return (new \DateTimeImmutable('@' . $this->bucketStart))
            ->setTimezone(new \DateTimeZone($this->timezone))
            ->format('Y-m-d');
    }
}
