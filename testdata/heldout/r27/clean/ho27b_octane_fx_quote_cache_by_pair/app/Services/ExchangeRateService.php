<?php

namespace App\Services;

use App\Domain\CurrencyPair;
use App\Domain\RateQuote;
use DateTimeImmutable;
use Illuminate\Support\Facades\Cache;

final class ExchangeRateService
{
    public function __construct(
        private TreasuryRateProvider $provider,
        private int $ttlSeconds,
    ) {
    }

    public function quoteFor(CurrencyPair $pair, DateTimeImmutable $valueTime): RateQuote
    {
        $key = $this->cacheKey($pair);

        return Cache::remember($key, $this->ttlSeconds, fn () => $this->provider->fetch($pair, $valueTime));
    }

    /** Indicative quotes are fixed once per feed refresh, so one entry per pair is enough. */
    private function cacheKey(CurrencyPair $pair): string
    {
        return implode(':', ['fx', 'quote', $pair->symbol()]);
    }
}
