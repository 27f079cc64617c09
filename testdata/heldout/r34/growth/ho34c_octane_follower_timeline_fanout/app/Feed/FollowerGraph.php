<?php

namespace App\Feed;

/** Boot-time snapshot of who follows whom (refreshed by a deploy, not per request). */
final class FollowerGraph
{
    /** @param array<int, list<int>> $followersByAuthor */
    public function __construct(private array $followersByAuthor)
    {
    }

    public static function seeded(int $authors, int $followersEach): self
    {
        $graph = [];
        for ($a = 1; $a <= $authors; $a++) {
            for ($k = 0; $k < $followersEach; $k++) {
                $graph[$a][] = 100 + (($a * 7 + $k * 3) % 40);
            }
        }
        return new self($graph);
    }

    /** @return list<int> */
    public function followersOf(int $authorId): array
    {
        return $this->followersByAuthor[$authorId] ?? [];
    }
}
