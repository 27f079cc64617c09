<?php

declare(strict_types=1);

namespace App\Geocoding;

final class GeocoderStats
{
    private int $lookups = 0;
    private int $candidates = 0;
    private float $seconds = 0.0;
    /** @var array<string, int> */
    private array $byShard = [];

    public function record(LookupTrace $trace): void
    {
        $this->lookups++;
        $this->candidates += $trace->candidates;
        $this->seconds += microtime(true) - $trace->startedAt;
        foreach ($trace->shards as $shard) {
            $this->byShard[$shard] = ($this->byShard[$shard] ?? 0) + 1;
        }
    }
}
