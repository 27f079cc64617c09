<?php

declare(strict_types=1);

namespace App\Progress;

final class LessonSession
{
    public array $unlocked = [];

    public function __construct(
        public readonly int $userId,
        public readonly string $courseSlug,
        public readonly string $lessonSlug,
        public readonly string $deviceLabel,
        public readonly int $startedAt,
    ) {
    }

    public function cacheKey(): string
    {
        return sprintf('progress:%d:%s:%s', $this->userId, $this->courseSlug, $this->lessonSlug);
    }
}

final class LessonSessionFactory
{
    public function open(array $payload, int $now): LessonSession
    {
        return new LessonSession(
            (int) $payload['user_id'],
            (string) $payload['course'],
            (string) $payload['lesson'],
            substr((string) ($payload['device'] ?? 'web'), 0, 120),
            $now,
        );
    }
}
