<?php

declare(strict_types=1);

namespace Prometheus;

final class Histogram
{
    /** @var array<string, array{labels: list<string>, buckets: array<string, int>, sum: float, count: int}> */
    private array $series = [];

    /** @param list<string> $labelNames @param list<float> $buckets */
    public function __construct(
        public readonly string $name,
        public readonly string $help,
        private readonly array $labelNames,
        private readonly array $buckets,
    ) {
    }

    /** @param list<string> $labelValues */
    public function observe(float $value, array $labelValues): void
    {
        $key = implode("\x1f", $labelValues);
        if (!isset($this->series[$key])) {
            $this->series[$key] = ['labels' => $labelValues, 'buckets' => array_fill_keys(array_map('strval', $this->buckets), 0), 'sum' => 0.0, 'count' => 0]; // leak
        }
        foreach ($this->buckets as $le) {
            if ($value <= $le) {
                $this->series[$key]['buckets'][(string) $le]++;
            }
        }
        $this->series[$key]['sum'] += $value;
        $this->series[$key]['count']++;
    }

    public function samples(): \Generator
    {
        foreach ($this->series as $series) {
            yield array_combine($this->labelNames, $series['labels']) => $series;
        }
    }
}

final class CollectorRegistry
{
    private static ?self $default = null;

    /** @var array<string, Histogram> */
    private array $histograms = [];

    public static function getDefault(): self
    {
        return self::$default ??= new self();
    }

    public function getOrRegisterHistogram(string $namespace, string $name, string $help, array $labels, array $buckets): Histogram
    {
        return $this->histograms[$namespace . '_' . $name] ??= new Histogram($namespace . '_' . $name, $help, $labels, $buckets);
    }
}
