<?php

namespace App\Matchmaking;

final class MatchFound
{
    /** @param list<Ticket> $tickets */
    public function __construct(
        public readonly string $matchId,
        public readonly string $mode,
        public readonly string $region,
        public readonly array $tickets,
    ) {
    }
}
