<?php

namespace App\Pricing\Concerns;

/**
 * Derived rate plans (NRF = BAR - 10%, BB = BAR + breakfast...) are walked up
 * to their parent on every ARI request; remember the result per worker.
 */
trait MemoizesDerivedRates
{
    /** @var array<string, array> */
    private static array $derivedRates = [];

    protected function rememberDerived(string $key, callable $derive): array
    {
        if (!isset(self::$derivedRates[$key])) {
            self::$derivedRates[$key] = $derive();
        }

        return self::$derivedRates[$key];
    }
}
