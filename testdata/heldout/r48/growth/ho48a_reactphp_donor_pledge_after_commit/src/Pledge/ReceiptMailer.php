<?php

namespace App\Pledge;

final class ReceiptMailer
{
    private int $sent = 0;

    public function send(string $to, string $subject, string $body): void
    {
        // SMTP transport would be called here
        $this->sent++;
    }
}
