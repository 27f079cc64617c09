<?php

declare(strict_types=1);

namespace App\Replay;

/** Key events of today's fixtures, loaded when the worker starts. */
final class MatchEventStore
{
    /** @var array<string, list<array{minute:int, type:string, team:string, player:string}>> */
    private array $timelines = [];

    public function load(string $matchId, array $events): void
    {
        $this->timelines[$matchId] = $events;
    }

    public function timeline(string $matchId): array
    {
        return $this->timelines[$matchId] ?? [];
    }
}
