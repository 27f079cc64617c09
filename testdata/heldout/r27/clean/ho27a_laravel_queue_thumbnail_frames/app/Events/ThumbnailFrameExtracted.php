<?php

declare(strict_types=1);

namespace App\Events;

final class ThumbnailFrameExtracted
{
    public function __construct(
        public readonly int $videoId,
        public readonly int $frame,
        public readonly int $of,
        public readonly string $path,
    ) {
    }
}
