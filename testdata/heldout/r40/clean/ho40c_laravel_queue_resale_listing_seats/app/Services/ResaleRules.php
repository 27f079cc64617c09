<?php

namespace App\Services;

use App\Models\Ticket;

final class ResaleRules
{
    public const MAX_MARKUP_PERCENT = 10;
    public const FEE_PERCENT = 8;

    public function withinCap(Ticket $ticket): bool
    {
        $listing = $ticket->listing();
        $perTicketAsk = intdiv($listing->askingPriceCents, max(1, count($listing->tickets())));

        return $perTicketAsk <= $ticket->faceValueCents * (100 + self::MAX_MARKUP_PERCENT) / 100;
    }

    public function payoutCents(int $askingPriceCents): int
    {
        return intdiv($askingPriceCents * (100 - self::FEE_PERCENT), 100);
    }
}

final class PayoutLedger
{
    private int $settled = 0;
    private int $rejected = 0;
    private int $payoutCents = 0;

    public function settle(int $sellerId, int $cents): void
    {
        $this->settled++;
        $this->payoutCents += $cents;
    }

    public function reject(string $listingId, string $reason): void
    {
        $this->rejected++;
    }
}
