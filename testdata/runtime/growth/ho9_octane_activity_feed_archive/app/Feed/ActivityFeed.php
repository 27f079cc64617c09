<?php

namespace App\Feed;

final class ActivityFeed
{
    /** @var list<array{user: int, text: string, at: int}> */
    private array $recent = [];
    /** @var list<array{user: int, text: string, at: int}> */
    private array $archived = [];

    public function __construct(private int $size) {}

    public function push(int $userId, string $text): int
    {
        $this->recent[] = ['user' => $userId, 'text' => $text, 'at' => time()];
        while (count($this->recent) > $this->size) {
            $this->archived[] = array_shift($this->recent); // leak
        }
        return count($this->recent);
    }
}
