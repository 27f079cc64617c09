<?php

namespace App\Jobs;

use App\Concerns\ScopesLogContext;
use App\Services\DonorRepository;
use App\Services\ReceiptMailer;
use Illuminate\Queue\ShouldQueue;
use Illuminate\Support\Facades\Log;

final class SendDonationReceipt implements ShouldQueue
{
    use ScopesLogContext;

    public function __construct(
        public int $donationId,
        public int $donorId,
        public int $amountMinor,
        public string $campaign,
        public string $paymentIntent,
        public string $tributeMessage,
    ) {
    }

    public function handle(DonorRepository $donors, ReceiptMailer $mailer): void
    {
        $this->enterLogScope([
            'job' => self::class,
            'donation_id' => $this->donationId,
            'donor_id' => $this->donorId,
            'payment_intent' => $this->paymentIntent,
            'campaign' => $this->campaign,
            'tribute' => $this->tributeMessage,
            'started_at' => date(DATE_RFC3339_EXTENDED),
            'trace_id' => bin2hex(random_bytes(16)),
        ]);

        try {
            $donor = $donors->find($this->donorId);
            if ($donor->receiptPreference === 'annual_summary') {
                Log::info('Donor receives a consolidated annual receipt; skipping per-gift email');

                return;
            }

            $messageId = $mailer->send(
                $donor,
                sprintf('Thank you for your gift to %s', $this->campaign),
                sprintf("Dear %s,\n\nWe received your gift of $%0.2f (ref %s). No goods or services were provided in exchange.\n\n%s", $donor->fullName, $this->amountMinor / 100, $this->paymentIntent, $this->tributeMessage),
            );
            Log::info('Donation receipt sent', ['message_id' => $messageId]);
        } finally {
            $this->leaveLogScope();
        }
    }
}
