<?php

declare(strict_types=1);

namespace Prometheus;

final class Counter
{
    /** @var array<string, float> */
    private array $values = [];

    public function __construct(public readonly string $name, public readonly array $labelNames)
    {
    }

    public function inc(array $labels, float $by = 1.0): void
    {
        $key = implode("\0", $labels);
        $this->values[$key] = ($this->values[$key] ?? 0.0) + $by;
    }
}

final class Histogram
{
    /** @var array<string, array{buckets: array<string, int>, sum: float, count: int}> */
    private array $series = [];

    public function __construct(
        public readonly string $name,
        public readonly array $labelNames,
        private readonly array $buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0],
    ) {
    }

    public function observe(float $value, array $labels): void
    {
        $key = implode("\0", $labels);
        if (!isset($this->series[$key])) {
            $this->series[$key] = [
                'buckets' => array_fill_keys(array_map('strval', $this->buckets), 0),
                'sum' => 0.0,
                'count' => 0,
            ];
        }
        foreach ($this->buckets as $le) {
            if ($value <= $le) {
                $this->series[$key]['buckets'][(string) $le]++;
            }
        }
        $this->series[$key]['sum'] += $value;
        $this->series[$key]['count']++;
    }
}

final class CollectorRegistry
{
    private static ?self $default = null;

    /** @var array<string, Counter|Histogram> */
    private array $collectors = [];

    public static function getDefault(): self
    {
        return self::$default ??= new self();
    }

    public function getOrRegisterCounter(string $namespace, string $name, array $labels): Counter
    {
        return $this->collectors["{$namespace}_{$name}"] ??= new Counter("{$namespace}_{$name}", $labels);
    }

    public function getOrRegisterHistogram(string $namespace, string $name, array $labels): Histogram
    {
        return $this->collectors["{$namespace}_{$name}"] ??= new Histogram("{$namespace}_{$name}", $labels);
    }
}
