<?php

namespace App\Dispatch;

use App\Models\OutageTicket;
use SplObjectStorage;

/**
 * Live board of tickets a dispatcher is working on. Bound as a singleton so
 * the control-room dashboard endpoint sees what the queue workers hold.
 */
final class CrewDispatchBoard
{
    private SplObjectStorage $awaitingCrew;
    private array $assignedToday = [];

    public function __construct()
    {
        $this->awaitingCrew = new SplObjectStorage();
    }

    public function hold(OutageTicket $ticket, string $region): void
    {
        $this->awaitingCrew->attach($ticket, [ // leak
            'region' => $region,
            'held_since' => $ticket->reportedAt->format(DATE_ATOM),
            'priority' => $ticket->customersOut > 250 ? 'P1' : 'P2',
        ]);
    }

    public function assign(OutageTicket $ticket, string $crew): void
    {
        $this->assignedToday[$crew] = ($this->assignedToday[$crew] ?? 0) + 1;
    }

    public function release(OutageTicket $ticket): void
    {
        $this->awaitingCrew->detach($ticket);
    }

    public function waiting(): int
    {
        return $this->awaitingCrew->count();
    }
}
