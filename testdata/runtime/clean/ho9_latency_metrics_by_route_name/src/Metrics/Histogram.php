<?php
namespace App\Metrics;

final class Series
{
    public array $buckets = ['0.005' => 0, '0.01' => 0, '0.05' => 0, '0.1' => 0, '0.5' => 0, '1' => 0, '+Inf' => 0];
    public float $sum = 0.0;
    public int $count = 0;

    public function __construct(public readonly array $labels) {}

    public function observe(float $seconds): void
    {
        foreach ($this->buckets as $le => $hits) {
            $this->buckets[$le] = $hits + (int) ($le === '+Inf' || $seconds <= (float) $le);
        }
        $this->sum += $seconds;
        $this->count++;
    }
}

final class Histogram
{
    /** @var array<string, Series> */
    private array $series = [];

    public function __construct(public readonly string $name) {}

    public function observe(array $labels, float $seconds): void
    {
        $key = LabelSet::key($labels);
        ($this->series[$key] ??= new Series($labels))->observe($seconds);
    }
}

final class LabelSet
{
    public static function key(array $labels): string
    {
        ksort($labels);
        $pairs = array_map(fn ($k, $v) => sprintf('%s="%s"', $k, $v), array_keys($labels), $labels);
        return '{' . implode(',', $pairs) . '}';
    }
}
