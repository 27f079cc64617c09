<?php

namespace App\Rfi;

/** Sends (here: counts) the mails produced by RFI events. */
final class RfiNotifier
{
    private int $sent = 0;

    public function mail(string $to, string $subject): void
    {
        $this->sent++;
    }
}
