<?php

namespace App\Services;

/**
 * Compiled number/currency format for one locale.
 */
final class LocaleFormat
{
    /**
     * @param array<string, string> $digits
     * @param array<string, string> $symbols
     */
    public function __construct(
        public readonly string $locale,
        public readonly string $pattern,
        public readonly string $decimalSeparator,
        public readonly string $groupSeparator,
        public readonly string $currencySymbol,
        public readonly bool $symbolFirst,
        public readonly array $digits,
        public readonly array $symbols,
    ) {
    }

    public function apply(int $minor): string
    {
        $major = intdiv(abs($minor), 100);
        $fraction = str_pad((string) (abs($minor) % 100), 2, '0', STR_PAD_LEFT);
        $grouped = strtr(number_format($major, 0, '.', $this->groupSeparator), $this->digits);
        $amount = ($minor < 0 ? $this->symbols['minus'] : '') . $grouped . $this->decimalSeparator . strtr($fraction, $this->digits);

        return $this->symbolFirst ? $this->currencySymbol . "\u{00A0}" . $amount : $amount . "\u{00A0}" . $this->currencySymbol;
    }
}
