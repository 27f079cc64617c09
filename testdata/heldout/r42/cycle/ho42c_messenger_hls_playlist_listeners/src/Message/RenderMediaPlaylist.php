<?php

namespace App\Message;

final class RenderMediaPlaylist
{
    /** @param list<array{0: int, 1: float}> $segments sequence number and duration */
    public function __construct(
        public readonly string $videoId,
        public readonly string $rendition,
        public readonly bool $endList,
        public readonly array $segments,
    ) {
    }
}
