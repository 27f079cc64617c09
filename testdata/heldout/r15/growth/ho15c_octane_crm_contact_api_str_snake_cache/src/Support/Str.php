<?php

declare(strict_types=1);

namespace App\Support;

/** Copied from Illuminate\Support\Str (8.x) when the API moved off the full framework. */
final class Str
{
    /** @var array<string, array<string, string>> */
    private static array $snakeCache = [];

    /** @var array<string, string> */
    private static array $studlyCache = [];

    public static function snake(string $value, string $delimiter = '_'): string
    {
        $key = $value;

        if (isset(self::$snakeCache[$key][$delimiter])) {
            return self::$snakeCache[$key][$delimiter];
        }

        if (strtolower($value) !== $value) {
            $value = preg_replace('/\s+/u', '', ucwords($value));
            $value = strtolower(preg_replace('/(.)(?=[A-Z])/u', '$1' . $delimiter, $value));
        }

        return self::$snakeCache[$key][$delimiter] = $value; // leak
    }

    public static function studly(string $value): string
    {
        return self::$studlyCache[$value] ??= str_replace(' ', '', ucwords(str_replace(['-', '_'], ' ', $value)));
    }

    public static function flushCache(): void
    {
        self::$snakeCache = [];
        self::$studlyCache = [];
    }
}
