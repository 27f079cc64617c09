<?php

namespace App\Boarding;

final class CheckInNotifier
{
    private int $sent = 0;
    private int $bytes = 0;

    public function notifyOwner(string $ownerName, string $text): void
    {
        $this->sent++;
        $this->bytes += strlen($ownerName) + strlen($text);
    }
}
