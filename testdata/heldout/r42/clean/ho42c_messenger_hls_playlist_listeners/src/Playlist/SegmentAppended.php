<?php

namespace App\Playlist;

final class SegmentAppended
{
    public const NAME = 'playlist.segment_appended';

    public function __construct(
        public readonly string $uri,
        public readonly float $duration,
        public readonly int $position,
    ) {
    }
}
