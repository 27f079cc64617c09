<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Adjuster;

/** Field adjusters, loaded once per worker from the staffing system. */
final class AdjusterRoster
{
    /** @var array<string, list<Adjuster>> */
    private array $byRegion = [];

    public function __construct(array $rows)
    {
        foreach ($rows as $row) {
            $this->byRegion[$row['region']][] = new Adjuster($row['id'], $row['name'], $row['region'], $row['lines']);
        }
    }

    public function leastLoaded(string $region, string $line): ?Adjuster
    {
        $best = null;
        foreach ($this->byRegion[$region] ?? [] as $adjuster) {
            if (!in_array($line, $adjuster->licensedLines, true)) {
                continue;
            }
            if ($best === null || $adjuster->openFiles < $best->openFiles) {
                $best = $adjuster;
            }
        }

        return $best;
    }
}
