<?php

namespace Nwp\Api;

use Closure;
use LogicException;

/**
 * Process-wide service locator. Factories are registered once when the
 * worker starts; each service is built on first use and kept.
 */
final class Services
{
    /** @var array<string, Closure> */
    private static array $factories = [];

    /** @var array<string, object> */
    private static array $instances = [];

    /** @param array<string, Closure> $factories */
    public static function boot(array $factories): void
    {
        self::$factories = $factories;
        self::$instances = [];
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public static function get(string $id): object
    {
        if (!isset(self::$instances[$id])) {
            $factory = self::$factories[$id] ?? throw new LogicException("No service registered for {$id}");
            self::$instances[$id] = $factory();
        }
        return self::$instances[$id];
    }
}
