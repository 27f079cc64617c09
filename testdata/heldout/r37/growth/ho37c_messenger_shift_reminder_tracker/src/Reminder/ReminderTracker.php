<?php

namespace App\Reminder;

/**
 * Keeps reminders that were handed to a provider but not yet confirmed,
 * so the admin dashboard can show "sending…" and retries can be issued.
 */
final class ReminderTracker
{
    private \SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new \SplObjectStorage();
    }

    public function begin(ReminderDispatch $dispatch): void
    {
        $this->inFlight->attach($dispatch, ['since' => microtime(true), 'tries' => 1]); // leak
    }

    public function confirm(ReminderDispatch $dispatch, string $providerId): void
    {
        $dispatch->providerMessageId = $providerId;
        $this->inFlight->detach($dispatch);
    }

    public function pendingCount(): int
    {
        return $this->inFlight->count();
    }
}
