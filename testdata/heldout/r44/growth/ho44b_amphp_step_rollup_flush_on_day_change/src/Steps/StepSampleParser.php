<?php

declare(strict_types=1);

namespace App\Steps;

final class StepSampleParser
{
    /**
     * @return list<StepSample>
     */
    public function parse(string $athleteId, string $deviceId, string $json): array
    {
        $payload = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        $timezone = (string) ($payload['tz'] ?? 'UTC');
        $source = (string) ($payload['source'] ?? 'watch');

        $samples = [];
        foreach ($payload['buckets'] ?? [] as $bucket) {
            if (($bucket['steps'] ?? 0) < 0) {
                continue;
            }
            $samples[] = new StepSample(
                $athleteId,
                $deviceId,
                (int) $bucket['start'],
                (int) $bucket['steps'],
                (float) ($bucket['distance_m'] ?? 0.0),
                (int) ($bucket['active_s'] ?? 0),
                $timezone,
                $source,
            );
        }

        return $samples;
    }
}
