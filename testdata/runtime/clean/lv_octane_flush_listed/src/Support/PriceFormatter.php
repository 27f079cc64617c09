<?php

namespace App\Support;

final class PriceFormatter
{
    public function __construct(private string $currency)
    {
    }

    public function format(int $cents): string
    {
        return number_format($cents / 100, 2) . ' ' . $this->currency;
    }
}
