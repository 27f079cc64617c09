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

    /** @var list<SpendSample> */
    private array $samples = [];

    public function __construct(public readonly string $campaignId, public readonly int $dailyBudgetMicros)
    {
    }

    /** @return \Closure(SpendSample): void */
    public function recorder(): \Closure
    {
        return function (SpendSample $sample): void {
            $this->samples[] = $sample; // leak
        };
    }

    /** @return list<SpendSample> the last SAMPLES samples */
    public function recent(): array
    {
        return array_slice($this->samples, -self::SAMPLES);
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
