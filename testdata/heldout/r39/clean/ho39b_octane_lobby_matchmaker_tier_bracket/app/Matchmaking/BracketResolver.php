<?php

namespace App\Matchmaking;

final class BracketResolver
{
    /**
     * Tickets only meet inside one bracket: same region, same mode and
     * close enough in skill.
     */
    public function bracketFor(Ticket $ticket): string
    {
        return sprintf('%s/%s/%s', $ticket->region, $ticket->mode, $this->skillOf($ticket)->value);
    }

    private function skillOf(Ticket $ticket): Tier
    {
        // conservative skill estimate (Glicko lower bound, clamped) mapped onto a tier
        return Tier::fromRating(max(0.0, $ticket->rating - 0.1 * $ticket->deviation));
    }
}
