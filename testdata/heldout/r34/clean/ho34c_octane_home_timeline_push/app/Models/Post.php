<?php

namespace App\Models;

final class Post
{
    public function __construct(
        public readonly int $id,
        public readonly int $authorId,
        public readonly string $body,
        public readonly string $visibility,
        public readonly int $createdAt,
    ) {
    }

    public static function fromPayload(array $payload, int $now): self
    {
        return new self(
            (int) $payload['id'],
            (int) $payload['author_id'],
            (string) $payload['body'],
            $payload['visibility'] ?? 'followers',
            $now,
        );
    }
}
