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

    public static function for(Episode $episode, array $profiles): self
    {
        return new self($episode, $profiles);
    }
}
