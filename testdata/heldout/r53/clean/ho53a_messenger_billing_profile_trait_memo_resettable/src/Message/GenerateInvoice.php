<?php

namespace App\Message;

final class GenerateInvoice
{
    public function __construct(
        public readonly int $orderId,
        public readonly int $customerId,
        public readonly int $amountCents,
    ) {
    }
}
