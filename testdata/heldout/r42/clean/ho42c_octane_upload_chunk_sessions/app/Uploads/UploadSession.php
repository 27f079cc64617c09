<?php

namespace App\Uploads;

final class UploadSession
{
    /** @var array<int, ChunkPart> */
    private array $parts = [];

    private int $received = 0;

    public function __construct(
        public readonly string $tenant,
        public readonly string $uploadId,
        public readonly string $filename,
        public readonly int $totalChunks,
        public readonly int $openedAt,
    ) {
    }

    public function addPart(ChunkPart $part): void
    {
        $this->parts[$part->index] = $part;
        $this->received += $part->size;
    }

    public function isComplete(): bool
    {
        return count($this->parts) === $this->totalChunks;
    }

    public function receivedBytes(): int
    {
        return $this->received;
    }

    /** @return list<string> */
    public function orderedPaths(): array
    {
        ksort($this->parts);

        return array_map(static fn (ChunkPart $p) => $p->storagePath, array_values($this->parts));
    }
}
