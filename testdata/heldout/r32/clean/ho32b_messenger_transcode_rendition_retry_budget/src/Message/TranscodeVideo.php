<?php

namespace Studio\Message;

final class TranscodeVideo
{
    /** @param list<string> $profiles */
    public function __construct(
        public readonly string $videoId,
        public readonly string $channelId,
        public readonly string $sourceUri,
        public readonly array $profiles,
        public readonly int $durationSeconds,
        public readonly string $requestedAt,
    ) {
    }
}
