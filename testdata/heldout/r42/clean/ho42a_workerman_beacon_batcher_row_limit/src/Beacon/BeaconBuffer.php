<?php

declare(strict_types=1);

namespace App\Beacon;

/**
 * Batches beacons per shipper connection so that one connection's events
 * reach ClickHouse as one insert.
 */
final class BeaconBuffer
{
    /** @var array<int, \SplQueue<Beacon>> */
    private array $queues = [];

    public function __construct(
        private readonly ClickHouseBeaconWriter $writer,
        private readonly int $batchRows,
    ) {
    }

    public function push(int $connectionId, Beacon $beacon): void
    {
        $queue = $this->queueFor($connectionId);
        $queue->enqueue($beacon);

        if ($this->batchRows > 0 && $queue->count() >= $this->batchRows) {
            $this->flush($connectionId);
        }
    }

    public function flush(int $connectionId): int
    {
        $queue = $this->queues[$connectionId] ?? null;
        if ($queue === null) {
            return 0;
        }
        $batch = [];
        while (!$queue->isEmpty()) {
            $batch[] = $queue->dequeue();
        }

        return $this->writer->write($batch);
    }

    public function close(int $connectionId): void
    {
        $this->flush($connectionId);
        unset($this->queues[$connectionId]);
    }

    private function queueFor(int $connectionId): \SplQueue
    {
        return $this->queues[$connectionId] ??= new \SplQueue();
    }
}
