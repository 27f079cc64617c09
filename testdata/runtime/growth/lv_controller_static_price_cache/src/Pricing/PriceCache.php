<?php

namespace App\Pricing;

final class PriceCache
{
    /** @var array<string, PriceQuote> */
    private static array $quotes = [];

    public static function get(string $sku, string $region): ?PriceQuote
    {
        return self::$quotes["{$sku}:{$region}"] ?? null;
    }

    public static function put(PriceQuote $quote): void
    {
        self::$quotes["{$quote->sku}:{$quote->region}"] = $quote; // leak
    }
}
