<?php

declare(strict_types=1);

namespace App\Services;

final class CurrencyFormatter
{
    public function __construct(private readonly string $locale) {}

    public function format(int $cents, string $currency): string
    {
        return sprintf('%s %s', number_format($cents / 100, 2, $this->locale === 'de' ? ',' : '.', ''), $currency);
    }
}
