<?php

namespace App\Mail;

class OnboardingMailer
{
    public int $sent = 0;

    public function send(string $to, string $template, array $data): void
    {
        $this->sent++;
    }
}
