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
        return sprintf('%s/%s/%.1f', $ticket->region, $ticket->mode, $this->skillOf($ticket));
    }

    private function skillOf(Ticket $ticket): float
    {
        // conservative skill estimate (Glicko lower bound, clamped)
        return max(0.0, $ticket->rating - 0.1 * $ticket->deviation);
    }
}
