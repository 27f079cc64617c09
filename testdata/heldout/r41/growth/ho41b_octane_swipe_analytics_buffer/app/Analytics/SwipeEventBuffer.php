<?php
declare(strict_types=1);

namespace App\Analytics;

use App\Events\SwipeRecorded;

/**
 * Collects swipe events and ships them in batches, so a swipe request never
 * waits on the analytics stream.
 */
final class SwipeEventBuffer
{
    /** @var \SplQueue<SwipeRecorded> */
    private \SplQueue $pending;

    public function __construct(private readonly AnalyticsSink $sink, private readonly int $batchSize)
    {
        $this->pending = new \SplQueue();
    }

    public function record(SwipeRecorded $event): void
    {
        $this->pending->enqueue($event); // leak
    }

    public function pending(): int
    {
        return $this->pending->count();
    }

    public function flushIfFull(): void
    {
        if ($this->pending->count() >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        $records = [];
        while (!$this->pending->isEmpty()) {
            $records[] = $this->pending->dequeue()->toRecord();
            if (count($records) === $this->batchSize) {
                $this->sink->putRecords($records);
                $records = [];
            }
        }
        if ($records !== []) {
            $this->sink->putRecords($records);
        }
    }

    public function __destruct()
    {
        $this->flush();
    }
}
