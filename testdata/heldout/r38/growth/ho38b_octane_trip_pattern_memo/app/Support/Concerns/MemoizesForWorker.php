<?php

declare(strict_types=1);

namespace App\Support\Concerns;

/**
 * Keeps computed view data across requests handled by the same worker, so
 * the next board refresh does not rebuild it.
 */
trait MemoizesForWorker
{
    /** @var array<string, mixed> */
    private static array $memoized = [];

    protected function memo(string $key, \Closure $compute): mixed
    {
        if (array_key_exists($key, self::$memoized)) {
            return self::$memoized[$key];
        }

        return self::$memoized[$key] = $compute(); // leak
    }

    protected function memoKey(string $kind, string ...$parts): string
    {
        return $kind . ':' . implode('|', $parts);
    }
}
