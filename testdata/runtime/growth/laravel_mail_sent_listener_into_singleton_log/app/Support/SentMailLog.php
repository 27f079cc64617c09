<?php

namespace App\Support;

final class SentMailLog
{
    /** @var array<string, array{to: string, subject: string}> */
    private array $sent = [];

    public function record(string $messageId, string $to, string $subject): void
    {
        $this->sent[$messageId] = ['to' => $to, 'subject' => $subject]; // leak
    }
}
