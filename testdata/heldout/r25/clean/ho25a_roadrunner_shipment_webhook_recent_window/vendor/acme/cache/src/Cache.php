<?php

declare(strict_types=1);

namespace Acme\Cache;

/**
 * Static facade over the application's cache manager.
 *
 * @method static mixed get(string $key, mixed $default = null)
 * @method static bool put(string $key, mixed $value, int $seconds = 0)
 * @method static bool forget(string $key)
 */
final class Cache
{
    private static ?CacheManager $manager = null;

    public static function setManager(CacheManager $manager): void
    {
        self::$manager = $manager;
    }

    public static function store(?string $name = null): ArrayStore
    {
        if (self::$manager === null) {
            throw new \RuntimeException('Cache manager has not been set.');
        }

        return self::$manager->store($name);
    }

    public static function __callStatic(string $method, array $arguments): mixed
    {
        return self::store()->{$method}(...$arguments);
    }
}
