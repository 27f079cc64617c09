<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Support\Log;

final class SendInvoiceReminder
{
    public function __construct(
        public readonly string $invoiceNumber,
        public readonly string $customerEmail,
        public readonly int $amountCents,
        public readonly \DateTimeImmutable $dueAt,
    ) {
    }

    public function handle(ReminderMailer $mailer): void
    {
        $overdueDays = max(0, (int) $this->dueAt->diff(new \DateTimeImmutable('2024-06-01'))->format('%a'));

        Log::info('Sending invoice reminder', [ // leak
            'invoice' => $this->invoiceNumber,
            'customer' => $this->customerEmail,
            'amount' => number_format($this->amountCents / 100, 2) . ' EUR',
            'overdue_days' => $overdueDays,
            'template' => $overdueDays > 30 ? 'reminder.final' : 'reminder.friendly',
        ]);

        $mailer->send($this->customerEmail, "Invoice {$this->invoiceNumber} is {$overdueDays} days overdue");
    }
}

final class ReminderMailer
{
    public int $sent = 0;

    public function send(string $to, string $subject): void
    {
        if (!str_contains($to, '@')) {
            throw new \InvalidArgumentException("Invalid recipient {$to}");
        }
        $this->sent++;
    }
}
