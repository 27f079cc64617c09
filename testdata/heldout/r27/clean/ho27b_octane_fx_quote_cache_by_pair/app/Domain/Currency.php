<?php

namespace App\Domain;

enum Currency: string
{
    case EUR = 'EUR';
    case USD = 'USD';
    case GBP = 'GBP';
    case JPY = 'JPY';
    case CHF = 'CHF';
    case CAD = 'CAD';

    public function minorUnits(): int
    {
        return $this === self::JPY ? 0 : 2;
    }
}

final class CurrencyPair
{
    public function __construct(public readonly Currency $base, public readonly Currency $quote)
    {
    }

    public static function fromCodes(string $base, string $quote): self
    {
        return new self(Currency::from(strtoupper($base)), Currency::from(strtoupper($quote)));
    }

    public function symbol(): string
    {
        return $this->base->value . $this->quote->value;
    }
}

final class RateQuote
{
    public function __construct(
        public readonly string $symbol,
        public readonly float $mid,
        public readonly float $bid,
        public readonly float $ask,
        public readonly string $source,
        public readonly string $asOf,
        public readonly array $providerMeta,
    ) {
    }

    public function convert(int $amountMinor): int
    {
        return (int) round($amountMinor * $this->mid);
    }
}
