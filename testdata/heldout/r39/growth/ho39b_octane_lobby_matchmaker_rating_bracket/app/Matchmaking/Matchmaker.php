<?php

namespace App\Matchmaking;

final class Matchmaker
{
    private const PLAYERS_PER_MATCH = 2;

    /** @var array<string, list<Ticket>> */
    private array $waiting = [];

    public function __construct(
        private readonly BracketResolver $brackets,
        private readonly MatchAnnouncer $announcer,
    ) {
    }

    public function enqueue(Ticket $ticket): ?MatchFound
    {
        $bracket = $this->brackets->bracketFor($ticket);
        $this->waiting[$bracket][] = $ticket; // leak

        return $this->tryForm($bracket);
    }

    public function waitingCount(): int
    {
        return array_sum(array_map('count', $this->waiting));
    }

    private function tryForm(string $bracket): ?MatchFound
    {
        if (count($this->waiting[$bracket]) < self::PLAYERS_PER_MATCH) {
            return null;
        }

        $tickets = array_splice($this->waiting[$bracket], 0, self::PLAYERS_PER_MATCH);
        if ($this->waiting[$bracket] === []) {
            unset($this->waiting[$bracket]);
        }

        $match = new MatchFound(
            'm_' . substr(hash('sha1', $tickets[0]->ticketId . $tickets[1]->ticketId), 0, 16),
            $tickets[0]->mode,
            $tickets[0]->region,
            $tickets,
        );
        $this->announcer->announce($match);

        return $match;
    }
}
