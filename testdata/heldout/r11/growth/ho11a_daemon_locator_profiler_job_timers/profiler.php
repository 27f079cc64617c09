<?php

declare(strict_types=1);

namespace App\Profiling;

final class Timer
{
    public ?int $stoppedAt = null;

    public function __construct(
        public readonly string $name,
        public readonly string $category,
        public readonly int $startedAt,
        public readonly array $tags,
    ) {
    }

    public function elapsedMs(): float
    {
        return (($this->stoppedAt ?? hrtime(true)) - $this->startedAt) / 1e6;
    }
}

final class Profiler
{
    /** @var array<string, Timer> */
    private array $running = [];

    /** @var array<string, array{count:int, total:float}> */
    private array $totals = [];

    public function start(string $name, string $category, array $tags = []): Timer
    {
        $timer = new Timer($name, $category, hrtime(true), $tags);
        $this->running[$name] = $timer; // leak

        return $timer;
    }

    public function stop(string $name): ?float
    {
        $timer = $this->running[$name] ?? null;
        if ($timer === null) {
            return null;
        }
        unset($this->running[$name]);
        $timer->stoppedAt = hrtime(true);

        $bucket = $this->totals[$timer->category] ?? ['count' => 0, 'total' => 0.0];
        $bucket['count']++;
        $bucket['total'] += $timer->elapsedMs();
        $this->totals[$timer->category] = $bucket;

        return $timer->elapsedMs();
    }

    public function runningCount(): int
    {
        return count($this->running);
    }
}
