<?php

declare(strict_types=1);

namespace App\Message;

final class GenerateInvoice
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $customerEmail,
    ) {
    }
}
