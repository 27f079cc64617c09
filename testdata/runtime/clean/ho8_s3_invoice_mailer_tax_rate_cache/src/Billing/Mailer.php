<?php
namespace App\Billing;

final class Mailer
{
    private int $sent = 0;

    public function send(string $to, string $subject, string $html): void
    {
        $this->sent++;
    }
}
