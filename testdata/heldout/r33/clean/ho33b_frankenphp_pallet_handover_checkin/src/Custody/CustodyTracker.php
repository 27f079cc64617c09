<?php

namespace App\Custody;

/**
 * Handovers that are in progress on this worker: the dock dashboard polls
 * openCount() to show pallets standing outside the cold room.
 */
final class CustodyTracker
{
    private \SplObjectStorage $open;

    public function __construct()
    {
        $this->open = new \SplObjectStorage();
    }

    public function begin(HandoverScan $scan): CustodySession
    {
        $session = new CustodySession($scan, microtime(true));
        $this->open->attach($session, ['dock' => $scan->dock, 'sscc' => $scan->sscc]);

        return $session;
    }

    public function end(CustodySession $session): void
    {
        $this->open->detach($session);
    }

    public function openCount(): int
    {
        return $this->open->count();
    }
}
