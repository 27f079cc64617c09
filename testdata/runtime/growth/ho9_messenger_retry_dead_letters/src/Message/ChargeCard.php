<?php

namespace App\Message;

final class ChargeCard
{
    public function __construct(
        public readonly string $invoiceId,
        public readonly int $amountCents,
        public readonly string $cardToken,
        public readonly string $description,
    ) {}
}
