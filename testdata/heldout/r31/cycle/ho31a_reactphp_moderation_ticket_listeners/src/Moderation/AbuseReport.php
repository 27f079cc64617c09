<?php

namespace Forum\Moderation;

final class AbuseReport
{
    public function __construct(
        public readonly int $id,
        public readonly int $postId,
        public readonly string $boardSlug,
        public readonly int $reporterId,
        public readonly string $reason,
        public readonly string $note,
        public readonly string $quotedContent,
        public readonly int $reportedAt,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            (int) $payload['report_id'],
            (int) $payload['post_id'],
            (string) $payload['board'],
            (int) $payload['reporter_id'],
            (string) $payload['reason'],
            trim((string) $payload['note']),
            (string) $payload['quoted'],
            (int) $payload['ts'],
        );
    }
}
