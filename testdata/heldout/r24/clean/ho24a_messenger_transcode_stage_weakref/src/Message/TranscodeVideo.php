<?php

declare(strict_types=1);

namespace App\Message;

final class TranscodeVideo
{
    /** @param list<string> $renditions */
    public function __construct(
        public readonly string $videoId,
        public readonly string $sourceUri,
        public readonly array $renditions,
        public readonly int $requestedAt,
    ) {
    }
}
