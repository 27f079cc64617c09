<?php

declare(strict_types=1);

namespace App\Steps;

/**
 * Batches step buckets in memory and writes them to the warehouse as
 * per-athlete daily totals, so the warehouse sees one upsert per athlete
 * instead of one per bucket.
 */
final class DailyStepRollup
{
    /** @var list<StepSample> */
    private array $pending = [];
    private ?string $currentDay = null;

    public function __construct(private readonly RollupWriter $writer)
    {
    }

    public function add(StepSample $sample): void
    {
        $day = $sample->localDay();
        if ($this->currentDay !== null && $day !== $this->currentDay) {
            $this->flush();
        }
        $this->currentDay = $day;
        $this->pending[] = $sample; // leak
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->writer->write($this->pending);
        $this->pending = [];
    }

    public function pending(): int
    {
        return count($this->pending);
    }
}
