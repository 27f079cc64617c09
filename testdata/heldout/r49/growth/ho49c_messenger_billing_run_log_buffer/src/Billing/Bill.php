<?php

namespace App\Billing;

final class Bill
{
    /** @param list<array{code: string, description: string, amount: float}> $lineItems */
    public function __construct(
        public readonly string $accountNumber,
        public readonly float $consumptionKgal,
        public readonly array $lineItems,
        public readonly bool $estimated,
    ) {
    }

    public function total(): float
    {
        return round(array_sum(array_column($this->lineItems, 'amount')), 2);
    }
}
