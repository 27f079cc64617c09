<?php

declare(strict_types=1);

namespace App\Mail;

interface ReminderMailer
{
    public function sendOverdueReminder(string $to, string $invoiceNumber, int $amountCents): void;
}

final class LogReminderMailer implements ReminderMailer
{
    public int $sent = 0;

    public function sendOverdueReminder(string $to, string $invoiceNumber, int $amountCents): void
    {
        $this->sent++;
    }
}
