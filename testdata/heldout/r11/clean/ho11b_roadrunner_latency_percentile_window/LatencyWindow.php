<?php

declare(strict_types=1);

namespace App\Metrics;

final class Sample
{
    public function __construct(
        public readonly string $route,
        public readonly float $millis,
        public readonly array $labels,
    ) {
    }
}

final class LatencyWindow
{
    /** @var list<Sample> */
    private array $samples = [];

    public function __construct(private int $size)
    {
    }

    public function record(Sample $sample): void
    {
        $this->samples[] = $sample;
        $this->trim($this->samples);
    }

    public function percentile(float $p): float
    {
        if ($this->samples === []) {
            return 0.0;
        }
        $values = \array_map(static fn (Sample $s) => $s->millis, \array_slice($this->samples, -$this->size));
        \sort($values);

        return $values[(int) \floor(($p / 100) * (\count($values) - 1))];
    }

    private function trim(array &$samples): void
    {
        if (\count($samples) > $this->size) {
            $samples = \array_slice($samples, -$this->size);
        }
    }
}
