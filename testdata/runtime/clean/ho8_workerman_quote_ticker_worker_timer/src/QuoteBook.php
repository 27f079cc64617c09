<?php

declare(strict_types=1);

namespace App\Quotes;

final class QuoteBook
{
    private array $last = ['AAPL' => 189.1, 'MSFT' => 411.3, 'NVDA' => 875.2, 'TSLA' => 172.6, 'AMZN' => 178.4];

    public function snapshot(array $symbols): array
    {
        return array_intersect_key($this->last, array_flip($symbols));
    }
}
