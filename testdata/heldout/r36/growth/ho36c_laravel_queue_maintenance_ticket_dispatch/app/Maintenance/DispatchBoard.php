<?php

namespace App\Maintenance;

/** Tracks tickets that are being routed right now, for the dispatcher dashboard. */
final class DispatchBoard
{
    private \SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new \SplObjectStorage();
    }

    public function claim(MaintenanceTicket $ticket, string $workerId): void
    {
        $this->inFlight->attach($ticket, [ // leak
            'worker' => $workerId,
            'claimed_at' => microtime(true),
            'sla_due' => date(DATE_ATOM, time() + ($ticket->isEmergency() ? 3600 : 72 * 3600)),
        ]);
    }

    public function release(MaintenanceTicket $ticket): void
    {
        $this->inFlight->detach($ticket);
    }

    public function count(): int
    {
        return $this->inFlight->count();
    }
}
