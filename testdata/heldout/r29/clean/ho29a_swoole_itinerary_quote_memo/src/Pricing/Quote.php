<?php

namespace Trip\Pricing;

final class Quote
{
    public function __construct(
        public readonly float $net,
        public readonly float $taxes,
        public readonly string $currency,
        public readonly array $breakdown,
    ) {
    }

    public function gross(): float
    {
        return $this->net + $this->taxes;
    }
}
