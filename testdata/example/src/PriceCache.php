<?php

declare(strict_types=1);

namespace Shop;

final class PriceCache
{
    private static array $prices = [];

    public static function price(string $orderId, string $sku): int
    {
        // Keyed by order id: a new entry for every order, never evicted.
        return self::$prices[$orderId . ':' . $sku] ??= random_int(100, 9999);
    }
}
