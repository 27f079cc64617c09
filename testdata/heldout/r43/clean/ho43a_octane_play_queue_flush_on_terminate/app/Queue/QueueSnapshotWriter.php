<?php

namespace App\Queue;

/**
 * Persists play-queue snapshots so another device can pick up where the
 * listener left off (Redis in production; here only the byte count is kept).
 */
final class QueueSnapshotWriter
{
    private int $bytesWritten = 0;
    private int $snapshots = 0;

    public function write(string $key, array $tracks): void
    {
        $payload = json_encode([
            'key' => $key,
            'tracks' => array_map(static fn (QueuedTrack $t) => $t->toArray(), $tracks),
        ]);

        $this->bytesWritten += strlen($payload);
        $this->snapshots++;
    }
}
