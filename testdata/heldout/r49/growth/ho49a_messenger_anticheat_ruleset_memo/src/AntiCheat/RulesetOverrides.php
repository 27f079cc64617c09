<?php

namespace App\AntiCheat;

final class RulesetOverrides
{
    /** @param array<string, array<string, float|int>> $byMatch */
    public function __construct(private array $byMatch)
    {
    }

    public function has(string $matchId): bool
    {
        return isset($this->byMatch[$matchId]);
    }

    public function for(string $matchId): array
    {
        return $this->byMatch[$matchId] ?? [];
    }
}
