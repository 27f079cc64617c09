<?php

namespace App\Message;

final class ProcessImageryTile
{
    /** @param list<string> $bands */
    public function __construct(
        public readonly string $flightId,
        public readonly string $tileKey,
        public readonly string $objectUri,
        public readonly array $bands,
        public readonly float $cloudCover,
        public readonly \DateTimeImmutable $capturedAt,
    ) {
    }
}
