<?php

declare(strict_types=1);

namespace App\Notification;

/**
 * Reminders are queued here and relayed to the SMS/e-mail gateway at the end
 * of each message.
 */
final class ReminderOutbox
{
    private \SplQueue $pending;
    private int $relayed = 0;

    public function __construct()
    {
        $this->pending = new \SplQueue();
    }

    /** @param array<string, string> $reminder */
    public function push(array $reminder): void
    {
        $this->pending->enqueue($reminder);
    }

    public function relay(): int
    {
        $count = 0;
        while (!$this->pending->isEmpty()) {
            $reminder = $this->pending->dequeue();
            // gateway call elided: one HTTP request per reminder
            $count++;
        }
        $this->relayed += $count;

        return $count;
    }
}
