<?php

namespace Social\Graph;

/** Reads the adjacency table (faked deterministically from the id here). */
final class FriendRepository
{
    private const INTERESTS = ['fps', 'moba', 'rpg', 'racing', 'speedrun', 'co-op', 'esports'];

    public function load(string $id): PersonNode
    {
        $n = (int) substr($id, 2);
        $friendIds = [];
        for ($k = 1; $k <= 6; $k++) {
            $friendIds[] = 'u_' . (($n * 31 + $k * 977) % 500000);
        }
        return new PersonNode(
            $id,
            'Player ' . strtoupper(base_convert((string) $n, 10, 36)),
            $friendIds,
            [self::INTERESTS[$n % 7], self::INTERESTS[($n + 3) % 7]],
        );
    }
}
