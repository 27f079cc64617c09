<?php

declare(strict_types=1);

namespace Ticketing\Clearing;

use Ticketing\Domain\TapEvent;

/** Collects validated taps until a clearing file is due. */
final class TapBatchBuffer
{
    /** @var \SplQueue<TapEvent> */
    private \SplQueue $pending;

    public function __construct(private ClearingHouseClient $client, private int $batchSize)
    {
        $this->pending = new \SplQueue();
    }

    public function add(TapEvent $tap): void
    {
        $this->pending->enqueue($tap);
        if ($this->pending->count() >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending->isEmpty()) {
            return;
        }
        $batch = [];
        while (!$this->pending->isEmpty()) {
            $batch[] = $this->pending->dequeue();
        }
        $this->client->upload($batch);
    }

    public function size(): int
    {
        return $this->pending->count();
    }
}
