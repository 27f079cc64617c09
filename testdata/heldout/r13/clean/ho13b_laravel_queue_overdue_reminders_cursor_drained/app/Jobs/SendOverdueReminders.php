<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Mail\ReminderMailer;
use App\Repositories\InvoiceRepository;
use App\Support\InvoiceCursor;
use Illuminate\Contracts\Queue\ShouldQueue;

final class SendOverdueReminders implements ShouldQueue
{
    public function __construct(public readonly int $tenantId, public readonly string $today)
    {
    }

    public function handle(InvoiceRepository $invoices, ReminderMailer $mailer): void
    {
        $cursor = new InvoiceCursor($invoices, $this->tenantId);

        $sent = 0;
        foreach ($cursor as $invoice) {
            if ($invoice['due_on'] >= $this->today) {
                continue;
            }
            $mailer->sendOverdueReminder($invoice['customer_email'], $invoice['number'], $invoice['amount_cents']);
            $sent++;
        }
    }
}
