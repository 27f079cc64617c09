<?php

namespace App\Notifications;

final class DigestMailer
{
    private int $sent = 0;

    public function __construct(private string $subject)
    {
    }

    /** @param list<string> $lines */
    public function send(int $recipientId, array $lines): void
    {
        $body = "Hi member #{$recipientId},\n\n" . implode("\n\n", $lines);
        $this->sent += strlen($this->subject) > 0 && $body !== '' ? 1 : 0;
    }

    public function sentCount(): int
    {
        return $this->sent;
    }
}
