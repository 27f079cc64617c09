<?php

namespace Crew\Support;

/**
 * Per-process memo for lookups that are expensive against the crew
 * management database (CMS) and rarely change during a roster period.
 */
trait MemoizesLookups
{
    private static array $memo = [];

    protected static function memo(string $key, \Closure $compute): mixed
    {
        if (!array_key_exists($key, self::$memo)) {
            self::$memo[$key] = $compute();
        }
        return self::$memo[$key];
    }

    protected static function memoKey(string $namespace, string ...$parts): string
    {
        $scope = implode('|', $parts);

        return "{$namespace}:{$scope}";
    }
}
