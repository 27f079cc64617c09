<?php

namespace App\Feed;

/**
 * Hot home-timeline store kept in worker memory between requests
 * (the Redis write happens asynchronously elsewhere).
 */
final class TimelineStore
{
    /** @var array<int, list<array>> */
    private array $timelines = [];

    public function __construct(private ?int $length)
    {
    }

    public function prepend(int $userId, array $entry): void
    {
        $this->timelines[$userId][] = $entry;
        $this->trim($userId);
    }

    private function trim(int $userId): void
    {
        if ($this->length === null) {
            return;
        }
        if (count($this->timelines[$userId]) > $this->length) {
            $this->timelines[$userId] = array_slice($this->timelines[$userId], -$this->length);
        }
    }

    public function latest(int $userId, int $limit): array
    {
        return array_reverse(array_slice($this->timelines[$userId] ?? [], -$limit));
    }
}
