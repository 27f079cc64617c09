<?php

declare(strict_types=1);

namespace App\Pacing;

/**
 * Recent spend of one campaign; the pacing controller compares its rate
 * with the rate the daily budget allows.
 */
final class SpendWindow
{
    public const SAMPLES = 64;

    /** @var array<int, SpendSample> */
    private array $samples = [];

    private int $written = 0;

    public function __construct(public readonly string $campaignId, public readonly int $dailyBudgetMicros)
    {
    }

    /** @return \Closure(SpendSample): void */
    public function recorder(): \Closure
    {
        return function (SpendSample $sample): void {
            $this->samples[$this->written++ % self::SAMPLES] = $sample;
        };
    }

    /** @return array<int, SpendSample> the last SAMPLES samples, in ring order */
    public function recent(): array
    {
        return $this->samples;
    }

    public function spendPerSecond(): float
    {
        $recent = $this->recent();
        if (count($recent) < 2) {
            return 0.0;
        }
        $spend = 0;
        $first = PHP_INT_MAX;
        $last = 0;
        foreach ($recent as $sample) {
            $spend += $sample->spendMicros;
            $first = min($first, $sample->occurredAt);
            $last = max($last, $sample->occurredAt);
        }

        return $spend / max(1, $last - $first);
    }
}
