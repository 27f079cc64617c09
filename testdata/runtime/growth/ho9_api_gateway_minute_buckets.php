<?php
// API gateway worker that aggregates upstream latency into per-minute buckets keyed from the request clock.

final class FrozenClock
{
    public function __construct(private int $now) {}

    public function now(): int { return $this->now; }

    public function advance(int $seconds): void { $this->now += $seconds; }
}

final class MinuteStats
{
    public int $count = 0;
    public float $sumMs = 0.0;
    public array $byStatus = [];
    public string $slowestPath = '';

    public function __construct(public readonly int $minute) {}

    public function add(string $path, int $status, float $ms): void
    {
        $this->count++;
        $this->sumMs += $ms;
        $this->byStatus[$status] = ($this->byStatus[$status] ?? 0) + 1;
        $this->slowestPath = $path;
    }
}

final class LatencyWindow
{
    private const BUCKET_SECONDS = 60;

    /** @var array<int, MinuteStats> */
    private array $buckets = [];

    public function __construct(private FrozenClock $clock) {}

    public function record(string $path, int $status, float $ms): void
    {
        $now = $this->clock->now();
        $minute = $now - $now % self::BUCKET_SECONDS;
        $this->buckets[$minute] ??= new MinuteStats($minute); // leak
        $this->buckets[$minute]->add($path, $status, $ms);
    }

    public function average(): float
    {
        $sum = $count = 0;
        foreach ($this->buckets as $bucket) {
            $sum += $bucket->sumMs;
            $count += $bucket->count;
        }
        return $count ? $sum / $count : 0.0;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clock = new FrozenClock(1714564800);
$window = new LatencyWindow($clock);

for ($i = 0; $i < $n; $i++) {
    $path = '/v2/accounts/' . $i . '/transactions?expand=' . str_repeat('merchant,category,', 20);
    $window->record($path, $i % 17 === 0 ? 502 : 200, 35.0 + $i % 40);
    $clock->advance(75);
}
