<?php

namespace App\Support;

/** Recent activity feed shown in the agent sidebar (last 30 entries). */
final class TicketTimeline
{
    private const KEEP = 30;

    /** @var list<array{ticket: int, type: string, note: string}> */
    private array $recent = [];

    public function append(int $ticketId, string $type, string $note): void
    {
        $this->recent[] = ['ticket' => $ticketId, 'type' => $type, 'note' => $note];
        if (count($this->recent) > self::KEEP) {
            array_shift($this->recent);
        }
    }
}
