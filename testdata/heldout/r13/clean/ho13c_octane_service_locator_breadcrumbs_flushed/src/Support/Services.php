<?php

declare(strict_types=1);

namespace App\Support;

/**
 * Static service locator kept from the days before the container was wired
 * everywhere: legacy code calls Services::get('name').
 */
final class Services
{
    /** @var array<string, \Closure(): object> */
    private static array $factories = [];

    /** @var array<string, object> */
    private static array $instances = [];

    public static function define(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
        unset(self::$instances[$id]);
    }

    public static function get(string $id): object
    {
        if (!isset(self::$instances[$id])) {
            if (!isset(self::$factories[$id])) {
                throw new \OutOfBoundsException(sprintf('Service "%s" is not defined.', $id));
            }
            self::$instances[$id] = (self::$factories[$id])();
        }

        return self::$instances[$id];
    }

    public static function forget(string $id): void
    {
        unset(self::$instances[$id]);
    }
}
