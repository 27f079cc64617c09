<?php

namespace Arena\Matchmaking;

final class Ticket
{
    public bool $cancelled = false;

    /**
     * @param list<string> $loadout
     * @param array<string, int|string> $client
     */
    public function __construct(
        public readonly string $ticketId,
        public readonly int $fd,
        public readonly string $playerId,
        public readonly int $rating,
        public readonly string $region,
        public readonly string $mode,
        public readonly array $loadout,
        public readonly array $client,
        public readonly float $enqueuedAt,
    ) {
    }

    public function bracket(): int
    {
        return intdiv($this->rating, 250);
    }
}
