<?php

namespace App\Receipts;

final class Donation
{
    public function __construct(
        public readonly string $id,
        public readonly string $donorId,
        public readonly string $donorName,
        public readonly string $donorAddress,
        public readonly int $amountPence,
        public readonly bool $giftAid,
        public readonly \DateTimeImmutable $receivedAt,
        public readonly string $campaign,
    ) {
    }

    /** UK charity fiscal year runs 6 April to 5 April. */
    public function fiscalYear(): string
    {
        $y = (int) $this->receivedAt->format('Y');
        $start = $this->receivedAt < new \DateTimeImmutable("$y-04-06") ? $y - 1 : $y;
        return sprintf('%d-%02d', $start, ($start + 1) % 100);
    }
}
