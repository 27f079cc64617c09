<?php

namespace App\Queue;

final class PlayQueueStore
{
    /** @var array<string, list<QueuedTrack>> */
    private array $queues = [];

    public function __construct(private QueueSnapshotWriter $writer)
    {
    }

    public function push(string $key, QueuedTrack $track): int
    {
        $this->queues[$key][] = $track; // leak

        return count($this->queues[$key]);
    }

    public function peek(string $key): ?QueuedTrack
    {
        return $this->queues[$key][0] ?? null;
    }

    public function flushAll(): void
    {
        foreach ($this->queues as $key => $tracks) {
            $this->writer->write($key, $tracks);
        }

        $this->queues = [];
    }
}
