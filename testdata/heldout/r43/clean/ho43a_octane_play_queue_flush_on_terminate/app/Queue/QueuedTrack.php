<?php

namespace App\Queue;

final class QueuedTrack
{
    public function __construct(
        public readonly string $isrc,
        public readonly string $title,
        public readonly string $artist,
        public readonly string $contextUri,
        public readonly string $source,
        public readonly int $addedAt,
    ) {
    }

    public static function fromPayload(array $item, string $contextUri, int $now): self
    {
        return new self(
            $item['isrc'],
            trim($item['title']),
            trim($item['artist']),
            $contextUri,
            $item['source'] ?? 'manual',
            $now,
        );
    }

    public function toArray(): array
    {
        return [
            'isrc' => $this->isrc,
            'title' => $this->title,
            'artist' => $this->artist,
            'context' => $this->contextUri,
            'source' => $this->source,
            'added_at' => $this->addedAt,
        ];
    }
}
