<?php

namespace App\Progress;

final class PlaybackSession
{
    /** @var list<array{position: int, at: int}> */
    private array $heartbeats = [];
    private int $position = 0;

    public function __construct(
        public readonly string $token,
        public readonly int $userId,
        public readonly int $lessonId,
        public readonly string $userAgent,
        public readonly int $openedAt,
    ) {
    }

    public function advance(int $position, int $at, array $meta = []): void
    {
        $this->position = max($this->position, $position);
        $this->heartbeats[] = ['position' => $position, 'at' => $at] + $meta;
    }

    public function position(): int
    {
        return $this->position;
    }

    public function watchedSeconds(): int
    {
        return count($this->heartbeats) > 1
            ? end($this->heartbeats)['position'] - $this->heartbeats[0]['position']
            : 0;
    }
}
