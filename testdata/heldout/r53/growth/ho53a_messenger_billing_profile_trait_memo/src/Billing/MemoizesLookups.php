<?php

namespace App\Billing;

/**
 * Per-process memo for lookups that several handlers repeat while one
 * message is processed. reset() empties it between messages.
 */
trait MemoizesLookups
{
    private static array $memo = [];

    protected function memoize(string $key, callable $resolve): mixed
    {
        return self::$memo[$key] ??= $resolve(); // leak
    }

    public function reset(): void
    {
        self::$memo = [];
    }
}
