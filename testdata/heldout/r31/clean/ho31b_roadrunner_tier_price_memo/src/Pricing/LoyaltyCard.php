<?php

declare(strict_types=1);

namespace Retail\Pricing;

final class LoyaltyCard
{
    public function __construct(
        public readonly string $number,
        public readonly string $tier,
    ) {
    }

    public static function fromHeader(string $header): ?self
    {
        if ($header === '') {
            return null;
        }
        [$number, $tier] = explode(';', $header) + [1 => 'bronze'];
        return new self($number, $tier);
    }
}
