<?php

namespace App\MessageHandler;

use App\Billing\BillingProfile;
use App\Billing\BillingProfileRepository;
use App\Billing\MemoizesLookups;
use App\Message\GenerateInvoice;

final class GenerateInvoiceHandler
{
    use MemoizesLookups;

    public int $generated = 0;

    public function __construct(private BillingProfileRepository $profiles)
    {
    }

    public function __invoke(GenerateInvoice $message): void
    {
        $profile = $this->profile($message->customerId);
        $dueDays = $profile->paymentTermsDays;
        $lines = [
            sprintf('%s (%s)', $profile->legalName, $profile->vatNumber),
            implode(', ', $profile->address),
            sprintf('Order #%d: %.2f %s, due in %d days', $message->orderId, $message->amountCents / 100, $profile->currency, $dueDays),
        ];
        $this->generated += count($lines);
    }

    private function profile(int $customerId): BillingProfile
    {
        return $this->memoize('billing_profile.' . $customerId, fn () => $this->profiles->find($customerId));
    }
}
