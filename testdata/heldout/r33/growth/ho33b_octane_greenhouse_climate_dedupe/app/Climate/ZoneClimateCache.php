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
     * @param Closure(): ClimateSnapshot $resolve
     */
    public function remember(string $key, Closure $resolve): ClimateSnapshot
    {
        if (isset($this->snapshots[$key])) {
            $this->hits++;

            return $this->snapshots[$key];
        }

        return $this->snapshots[$key] = $resolve(); // leak
    }

    public function hits(): int
    {
        return $this->hits;
    }
}
