<?php

namespace App\Metrics;

final class Histogram
{
    /** @var array<string, array<int|string, int>> */
    private array $counts = [];

    /** @param list<int> $buckets */
    public function __construct(private string $name, private array $buckets)
    {
    }

    public function observe(float $value, string $label): void
    {
        foreach ($this->buckets as $le) {
            if ($value <= $le) {
                $this->counts[$label][$le] = ($this->counts[$label][$le] ?? 0) + 1;

                return;
            }
        }
        $this->counts[$label]['+Inf'] = ($this->counts[$label]['+Inf'] ?? 0) + 1;
    }
}
