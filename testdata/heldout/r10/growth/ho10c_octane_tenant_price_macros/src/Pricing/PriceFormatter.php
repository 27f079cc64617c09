<?php

declare(strict_types=1);

namespace App\Pricing;

use Illuminate\Support\Traits\Macroable;

class PriceFormatter
{
    use Macroable;

    public function plain(int $cents, string $currency): string
    {
        return sprintf('%s %.2f', $currency, $cents / 100);
    }
}
