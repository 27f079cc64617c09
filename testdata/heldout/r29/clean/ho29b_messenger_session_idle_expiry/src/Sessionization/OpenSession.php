<?php

namespace App\Sessionization;

final class OpenSession
{
    /** @var list<array{path: string, at: int, event: string}> */
    private array $hits = [];
    private int $lastSeenAt;

    public function __construct(
        public readonly string $sessionId,
        public readonly string $visitorId,
        public readonly int $startedAt,
        public readonly string $landingPath,
        public readonly array $attribution,
    ) {
        $this->lastSeenAt = $startedAt;
    }

    public function touch(int $at, string $path, string $event): void
    {
        $this->hits[] = ['path' => $path, 'at' => $at, 'event' => $event];
        $this->lastSeenAt = max($this->lastSeenAt, $at);
    }

    public function lastSeenAt(): int
    {
        return $this->lastSeenAt;
    }

    public function isIdleAt(int $at, int $timeout): bool
    {
        return $at - $this->lastSeenAt > $timeout;
    }

    public function pageviews(): int
    {
        return count($this->hits);
    }

    public function durationSeconds(): int
    {
        return $this->lastSeenAt - $this->startedAt;
    }
}
