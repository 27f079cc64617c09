<?php

namespace App\Support;

use App\View\FragmentCache;

/** Static access to the services built when the worker boots. */
final class App
{
    private static array $services = [];
    private static array $config = [];

    public static function boot(string $configDir): void
    {
        foreach (glob($configDir . '/*.php') as $file) {
            self::$config[basename($file, '.php')] = require $file;
        }
        self::$services[FragmentCache::class] = new FragmentCache();
    }

    public static function config(string $key, mixed $default = null): mixed
    {
        $value = self::$config;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }

    public static function cache(): FragmentCache
    {
        return self::$services[FragmentCache::class];
    }
}
