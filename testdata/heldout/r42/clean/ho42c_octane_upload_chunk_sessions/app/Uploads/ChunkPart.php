<?php

namespace App\Uploads;

final class ChunkPart
{
    public function __construct(
        public readonly int $index,
        public readonly int $offset,
        public readonly int $size,
        public readonly string $checksum,
        public readonly string $storagePath,
    ) {
    }
}
