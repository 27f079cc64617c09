<?php

namespace App\Holds;

final class MailTransport
{
    private int $delivered = 0;

    public function deliver(string $to, string $subject, string $body): void
    {
        $this->delivered++;
    }
}
