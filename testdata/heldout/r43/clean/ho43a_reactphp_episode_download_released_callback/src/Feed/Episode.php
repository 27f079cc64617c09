<?php

namespace Podcast\Feed;

final class Episode
{
    public function __construct(
        public readonly string $guid,
        public readonly string $showSlug,
        public readonly string $title,
        public readonly string $enclosureUrl,
        public readonly int $enclosureLength,
    ) {
    }

    public static function fromJob(array $job): self
    {
        return new self(
            $job['guid'],
            $job['show'],
            $job['title'],
            $job['enclosure']['url'],
            (int) $job['enclosure']['length'],
        );
    }
}
