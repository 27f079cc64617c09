<?php

namespace Podcasts\Transcode;

use Podcasts\Entity\Episode;

final class TranscodeJob
{
    /** @param list<string> $profiles */
    private function __construct(
        public readonly Episode $episode,
        public readonly array $profiles,
    ) {
    }

    /**
     * Jobs carry their own copy of the episode so a later status change in the
     * ingest code cannot alter what the transcoder sees.
     */
    public static function for(Episode $episode, array $profiles): self
    {
        return new self(clone $episode, $profiles);
    }
}
