<?php

namespace App\Notification;

final class DigestMailer
{
    private int $sent = 0;
    private int $bytes = 0;

    public function send(string $to, Digest $digest): void
    {
        $lines = array_map(static fn (DigestItem $i) => ' - ' . $i->headline(), $digest->items());
        $body = $digest->subject() . "\n\n" . implode("\n", $lines);
        $this->sent++;
        $this->bytes += strlen($to) + strlen($body);
    }
}
