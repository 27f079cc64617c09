<?php

namespace Podcasts\Entity;

final class Episode
{
    public string $status = 'new';

    public function __construct(
        public readonly string $guid,
        public readonly string $showSlug,
        public readonly string $title,
        public readonly string $summary,
        public readonly string $enclosureUrl,
        public readonly int $durationSeconds,
        public readonly \DateTimeImmutable $publishedAt,
    ) {
    }

    public static function fromFeedItem(string $showSlug, array $item): self
    {
        return new self(
            $item['guid'],
            $showSlug,
            html_entity_decode(strip_tags($item['title'])),
            truncate_summary(strip_tags($item['description']), 400),
            $item['enclosure']['url'],
            self::parseDuration($item['itunes:duration'] ?? '0'),
            new \DateTimeImmutable($item['pubDate']),
        );
    }

    private static function parseDuration(string $raw): int
    {
        $seconds = 0;
        foreach (explode(':', $raw) as $part) {
            $seconds = $seconds * 60 + (int) $part;
        }

        return $seconds;
    }
}

function truncate_summary(string $text, int $length): string
{
    return strlen($text) > $length ? substr($text, 0, $length - 1) . '…' : $text;
}
