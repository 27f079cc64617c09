<?php

namespace App\Receipts;

final class ReceiptLine
{
    public function __construct(
        public readonly string $donationId,
        public readonly string $date,
        public readonly string $amount,
        public readonly string $campaign,
        public readonly string $giftAidNote,
    ) {
    }

    public static function fromDonation(Donation $d): self
    {
        return new self(
            $d->id,
            $d->receivedAt->format('j M Y'),
            '£' . number_format($d->amountPence / 100, 2),
            $d->campaign,
            $d->giftAid
                ? sprintf('Gift Aid declared by %s, %s: the charity will reclaim 25p for every £1 donated.', $d->donorName, $d->donorAddress)
                : 'No Gift Aid declaration on file.',
        );
    }
}
