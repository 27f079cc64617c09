<?php

namespace App\Support;

use Closure;

/**
 * Rendering the ladder is the hot path of every play; keep rendered text
 * in the worker between requests.
 */
trait MemoizesPlaylists
{
    /** @var array<string, string> */
    private static array $rendered = [];

    protected static function memoize(string $key, Closure $render): string
    {
        return self::$rendered[$key] ??= $render();
    }
}
