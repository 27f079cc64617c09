<?php

namespace App\Pricing;

use Acme\Support\Facade;

/**
 * @method static array remember(string $key, callable $load)
 */
final class Rates extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'fx.rates';
    }
}

final class RateCache
{
    /** @var array<string, array{rate: float, source: string}> */
    private array $rates = [];

    public function remember(string $key, callable $load): array
    {
        return $this->rates[$key] ??= $load();
    }
}

final class QuoteController
{
    private const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'];

    public function quote(array $order): array
    {
        $currency = strtoupper($order['currency']);
        $key = self::cacheKey(in_array($currency, self::CURRENCIES, true) ? $currency : 'EUR');
        $rate = Rates::remember($key, fn (): array => [
            'rate' => 1.0 + crc32($currency) % 100 / 1000,
            'source' => sprintf('ecb-reference/%s/%s', $currency, str_repeat('daily-', 60)),
        ])['rate'];

        return ['id' => $order['id'], 'total' => round($order['amount'] * $rate, 2), 'currency' => $currency, 'note' => str_repeat('q', 120)];
    }

    private static function cacheKey(string $currency): string
    {
        return sprintf('fx:%s', $currency);
    }
}
