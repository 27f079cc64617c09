<?php

namespace App\Matchmaking;

final class Ticket
{
    public function __construct(
        public readonly string $ticketId,
        public readonly string $playerId,
        public readonly string $displayName,
        public readonly string $region,
        public readonly string $mode,
        public readonly float $rating,
        public readonly float $deviation,
        public readonly string $loadout,
        public readonly int $queuedAt,
    ) {
    }

    public function tier(): Tier
    {
        return Tier::fromRating($this->rating);
    }
}
