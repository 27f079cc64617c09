<?php

namespace App\Services;

class Config
{
    private static array $items = [];

    public static function load(string $name, array $items): void
    {
        self::$items[$name] = $items;
    }

    public static function get(string $key, mixed $default = null): mixed
    {
        [$file, $item] = explode('.', $key, 2);
        return self::$items[$file][$item] ?? $default;
    }
}
