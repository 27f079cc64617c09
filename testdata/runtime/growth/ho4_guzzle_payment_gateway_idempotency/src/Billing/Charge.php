<?php

declare(strict_types=1);

namespace App\Billing;

final class Charge
{
    /**
     * @param array<string, string> $metadata
     */
    public function __construct(
        public readonly string $orderReference,
        public readonly int $amount,
        public readonly string $currency,
        public readonly string $paymentMethodId,
        public readonly array $metadata = [],
    ) {
    }

    public function idempotencyKey(): string
    {
        return hash('sha256', $this->orderReference . '|' . $this->amount . '|' . $this->currency);
    }
}
