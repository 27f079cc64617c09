<?php

declare(strict_types=1);

namespace Illuminate\Support;

class Str
{
    /** @var array<string, array<string, string>> */
    protected static array $snakeCache = [];

    /** @var array<string, string> */
    protected static array $studlyCache = [];

    public static function snake(string $value, string $delimiter = '_'): string
    {
        $key = $value;

        if (isset(static::$snakeCache[$key][$delimiter])) {
            return static::$snakeCache[$key][$delimiter];
        }

        if (strtolower($value) !== $value) {
            $value = (string) preg_replace('/\s+/u', '', ucwords($value));
            $value = strtolower((string) preg_replace('/(.)(?=[A-Z])/u', '$1' . $delimiter, $value));
        }

        return static::$snakeCache[$key][$delimiter] = $value; // leak
    }

    public static function studly(string $value): string
    {
        $key = $value;

        if (isset(static::$studlyCache[$key])) {
            return static::$studlyCache[$key];
        }

        $words = explode(' ', str_replace(['-', '_'], ' ', $value));

        return static::$studlyCache[$key] = implode('', array_map('ucfirst', $words));
    }

    public static function flushCache(): void
    {
        static::$snakeCache = [];
        static::$studlyCache = [];
    }
}
