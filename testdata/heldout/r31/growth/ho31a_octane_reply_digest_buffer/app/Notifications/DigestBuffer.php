<?php

namespace App\Notifications;

final class DigestBuffer
{
    /** @var array<int, list<string>> recipient id => digest lines */
    private array $pending = [];

    public function __construct(private DigestMailer $mailer, private int $maxRecipients)
    {
    }

    public function queue(ReplyNotification $notification): void
    {
        $this->pending[$notification->recipientId][] = $notification->toDigestLine(); // leak

        if (count($this->pending) >= $this->maxRecipients) {
            $this->flush();
        }
    }

    public function flush(): int
    {
        $mailed = 0;
        foreach ($this->pending as $recipientId => $lines) {
            $this->mailer->send($recipientId, $lines);
            $mailed++;
        }
        $this->pending = [];

        return $mailed;
    }

    public function pendingRecipients(): int
    {
        return count($this->pending);
    }
}
