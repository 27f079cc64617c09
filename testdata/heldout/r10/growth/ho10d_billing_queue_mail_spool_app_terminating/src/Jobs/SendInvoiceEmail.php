<?php

declare(strict_types=1);

namespace App\Jobs;

use Illuminate\Mail\Mailer;
use Illuminate\Mail\Message;
use Illuminate\Queue\Queue;
use Illuminate\Queue\QueuedJob;
use Illuminate\Queue\ShouldQueue;

final class SendInvoiceEmail implements ShouldQueue
{
    public function __construct(
        public readonly int $invoiceId,
        public readonly string $customerEmail,
        public readonly string $customerName,
        public readonly int $amountCents,
    ) {
    }
}

final class SendInvoiceEmailHandler
{
    public function __construct(private readonly Mailer $mailer)
    {
    }

    public function handle(SendInvoiceEmail $job): void
    {
        $number = sprintf('INV-%07d', $job->invoiceId);
        $message = (new Message())
            ->to($job->customerEmail, $job->customerName)
            ->subject('Your invoice ' . $number)
            ->html(sprintf(
                '<p>Hello %s,</p><p>Your invoice <strong>%s</strong> for %s EUR is attached.</p><p>Thank you for your business.</p>',
                htmlspecialchars($job->customerName),
                $number,
                number_format($job->amountCents / 100, 2),
            ))
            ->attachData('%PDF-1.7 ' . $number . ' ' . str_pad((string) $job->amountCents, 64, '0', STR_PAD_LEFT), $number . '.pdf');

        $this->mailer->send($message); // leak
    }
}

/** Redis list stand-in. */
final class InvoiceQueue implements Queue
{
    private int $popped = 0;

    public function __construct(private readonly int $pending)
    {
    }

    public function pop(string $queue): ?QueuedJob
    {
        if ($this->popped >= $this->pending) {
            return null;
        }
        $i = $this->popped++;

        return new QueuedJob('job-' . $i, $queue, new SendInvoiceEmail(
            10000 + $i,
            sprintf('customer%d@example.test', $i % 500),
            'Customer ' . ($i % 500),
            4990 + ($i % 30) * 100,
        ));
    }
}
