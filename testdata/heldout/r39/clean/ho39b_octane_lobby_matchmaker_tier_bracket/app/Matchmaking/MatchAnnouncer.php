<?php

namespace App\Matchmaking;

final class MatchAnnouncer
{
    /** @var array<string, int> */
    private array $formedPerMode = [];

    public function announce(MatchFound $match): void
    {
        $this->formedPerMode[$match->mode] = ($this->formedPerMode[$match->mode] ?? 0) + 1;
        // a real app would push this to the game-server allocator
    }
}
