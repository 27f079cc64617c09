<?php

namespace Game\Ingest;

final class CheatSignalAggregator
{
    private const KINDS = ['recoil', 'trigger', 'wallpeek', 'speed'];

    /** @var array<string, float> */
    private array $totals = [];

    public function __construct()
    {
        $this->totals = array_fill_keys(self::KINDS, 0.0);
    }

    public function absorb(TelemetryBatch $batch): int
    {
        $flagged = 0;
        foreach ($batch->events as $event) {
            if (!isset($this->totals[$event['k']])) {
                continue;
            }
            $this->totals[$event['k']] += $event['v'];
            if ($event['v'] > 0.9) {
                $flagged++;
            }
        }

        return $flagged;
    }
}
