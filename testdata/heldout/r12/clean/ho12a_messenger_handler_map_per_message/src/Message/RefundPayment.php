<?php

declare(strict_types=1);

namespace App\Message;

final class RefundPayment
{
    public function __construct(
        public readonly string $paymentId,
        public readonly int $amountCents,
        public readonly string $reason,
    ) {
    }
}
