<?php

namespace App\Feed;

final class ActivityFeed
{
    /** @var list<array{user: int, text: string, at: int}> */
    private array $recent = [];

    public function __construct(private int $size) {}

    /** @return list<array{user: int, text: string, at: int}> the entries pushed out of the feed */
    public function push(int $userId, string $text): array
    {
        $this->recent[] = ['user' => $userId, 'text' => $text, 'at' => time()];
        $evicted = [];
        while (count($this->recent) > $this->size) {
            $evicted[] = array_shift($this->recent);
        }
        return $evicted;
    }
}
