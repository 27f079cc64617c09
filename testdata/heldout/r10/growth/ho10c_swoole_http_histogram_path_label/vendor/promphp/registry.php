<?php

declare(strict_types=1);

namespace Prometheus;

final class Histogram
{
    /** @var array<string, array{labels: array, buckets: list<int>, sum: float, count: int}> */
    private array $series = [];

    /** @param list<float> $buckets */
    public function __construct(
        public readonly string $name,
        public readonly array $labelNames,
        private array $buckets,
    ) {
    }

    public function observe(float $value, array $labels): void
    {
        $key = implode("\x1f", $labels);
        $this->series[$key] ??= [ // leak
            'labels' => array_combine($this->labelNames, $labels),
            'buckets' => array_fill(0, count($this->buckets), 0),
            'sum' => 0.0,
            'count' => 0,
        ];
        foreach ($this->buckets as $i => $le) {
            if ($value <= $le) {
                $this->series[$key]['buckets'][$i]++;
            }
        }
        $this->series[$key]['sum'] += $value;
        $this->series[$key]['count']++;
    }

    public function series(): array
    {
        return $this->series;
    }
}

/** Process-wide Prometheus registry, scraped from /metrics on each worker. */
final class Registry
{
    private static ?Registry $default = null;

    /** @var array<string, Histogram> */
    private array $histograms = [];

    public static function default(): self
    {
        return self::$default ??= new self();
    }

    public function histogram(string $name, array $labelNames, array $buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]): Histogram
    {
        return $this->histograms[$name] ??= new Histogram($name, $labelNames, $buckets);
    }
}
