<?php
declare(strict_types=1);

namespace App\Metrics;

final class MetricsBuffer
{
    /** @var list<Sample> */
    private array $pending = [];

    /**
     * @param int $maxBatch samples per packet; 0 disables size-based flushing
     *                      (the buffer is then flushed by the scheduler)
     */
    public function __construct(
        private readonly Transport $transport,
        private readonly int $maxBatch,
    ) {
    }

    public function record(Sample $sample): void
    {
        $this->pending[] = $sample;

        if ($this->maxBatch > 0 && count($this->pending) >= $this->maxBatch) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->transport->send(array_map(static fn (Sample $s) => $s->toLine(), $this->pending));
        $this->pending = [];
    }
}
