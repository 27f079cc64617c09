<?php

namespace Illuminate\Support;

// Stand-in for Illuminate\Support\Str with its static conversion caches.
class Str
{
    protected static array $snakeCache = [];

    protected static array $studlyCache = [];

    public static function studly(string $value): string
    {
        $key = $value;
        if (isset(static::$studlyCache[$key])) {
            return static::$studlyCache[$key];
        }
        $words = preg_split('/[\s_\-]+/', $value);

        return static::$studlyCache[$key] = implode('', array_map('ucfirst', array_map('strtolower', $words)));
    }

    public static function flushCache(): void
    {
        static::$snakeCache = [];
        static::$studlyCache = [];
    }
}
