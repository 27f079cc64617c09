<?php

namespace App\Billing;

final class BillingProfile
{
    public function __construct(
        public readonly int $customerId,
        public readonly string $legalName,
        public readonly string $vatNumber,
        public readonly array $address,
        public readonly string $currency,
        public readonly int $paymentTermsDays,
    ) {
    }
}
