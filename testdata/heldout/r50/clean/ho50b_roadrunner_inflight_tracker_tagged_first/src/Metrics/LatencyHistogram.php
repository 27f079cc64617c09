<?php

namespace App\Metrics;

final class LatencyHistogram
{
    private const BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000];

    /** @var array<string, array<int, int>> route group => bucket => count */
    private array $counts = [];

    public function observe(string $group, int $nanoseconds): void
    {
        $ms = $nanoseconds / 1e6;
        foreach (self::BUCKETS_MS as $le) {
            if ($ms <= $le) {
                $this->counts[$group][$le] = ($this->counts[$group][$le] ?? 0) + 1;

                return;
            }
        }
        $this->counts[$group][PHP_INT_MAX] = ($this->counts[$group][PHP_INT_MAX] ?? 0) + 1;
    }
}
