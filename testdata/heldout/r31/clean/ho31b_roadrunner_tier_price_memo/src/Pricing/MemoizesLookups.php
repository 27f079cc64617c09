<?php

declare(strict_types=1);

namespace Retail\Pricing;

trait MemoizesLookups
{
    private static array $lookupMemo = [];

    protected function remember(string $key, callable $compute): mixed
    {
        if (!array_key_exists($key, self::$lookupMemo)) {
            self::$lookupMemo[$key] = $compute();
        }
        return self::$lookupMemo[$key];
    }

    public static function forgetMemo(): void
    {
        self::$lookupMemo = [];
    }
}
