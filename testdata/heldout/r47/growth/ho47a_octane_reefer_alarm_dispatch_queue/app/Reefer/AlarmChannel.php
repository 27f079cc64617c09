<?php

declare(strict_types=1);

namespace App\Reefer;

final class AlarmChannel
{
    private int $sent = 0;

    /** @param list<string> $recipients */
    public function __construct(private readonly array $recipients) {}

    public function send(ReeferAlarm $alarm): void
    {
        $this->sent += count($this->recipients);
    }
}
