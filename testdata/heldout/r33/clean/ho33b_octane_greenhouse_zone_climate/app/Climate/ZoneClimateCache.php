<?php

namespace App\Climate;

use Closure;

class ZoneClimateCache
{
    /** @var array<string, ClimateSnapshot> */
    private array $snapshots = [];

    private int $hits = 0;

    public function __construct(private readonly int $window)
    {
    }

    public function window(): int
    {
        return $this->window;
    }

    /**
     * Returns the zone's snapshot for the minute of $recordedAt, replacing
     * the previous minute's one when a newer reading arrives.
     *
     * @param Closure(): ClimateSnapshot $resolve
     */
    public function remember(string $key, int $recordedAt, Closure $resolve): ClimateSnapshot
    {
        $current = $this->snapshots[$key] ?? null;

        if ($current !== null
            && ClimateKey::minute($current->recordedAt, $this->window) === ClimateKey::minute($recordedAt, $this->window)) {
            $this->hits++;

            return $current;
        }

        return $this->snapshots[$key] = $resolve();
    }

    public function hits(): int
    {
        return $this->hits;
    }
}
