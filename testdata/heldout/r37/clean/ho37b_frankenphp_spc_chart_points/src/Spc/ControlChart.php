<?php

namespace App\Spc;

final class ControlChart
{
    private const WINDOW = 25;

    /** @var list<Sample> samples received but not yet evaluated */
    private array $pending = [];

    /** @var array<int, float> last WINDOW plotted values, ring-indexed */
    private array $window = [];
    private int $cursor = 0;

    public function __construct(
        public readonly string $characteristic,
        public readonly float $center,
        public readonly float $ucl,
        public readonly float $lcl,
    ) {
    }

    public function record(Sample $sample): void
    {
        $this->pending[] = $sample;
    }

    /**
     * Yields the pending samples in arrival order and plots each one once the
     * consumer has looked at it; the pending list is cleared at the end.
     *
     * @return \Generator<int, Sample>
     */
    public function evaluate(): \Generator
    {
        foreach ($this->pending as $sample) {
            yield $sample;
            $this->window[$this->cursor++ % self::WINDOW] = $sample->value;
        }
        $this->pending = [];
    }

    public function mean(): float
    {
        return $this->window ? array_sum($this->window) / count($this->window) : $this->center;
    }
}
