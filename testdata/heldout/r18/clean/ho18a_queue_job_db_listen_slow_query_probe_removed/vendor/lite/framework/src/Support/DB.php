<?php

declare(strict_types=1);

namespace Lite\Support;

use Lite\Database\Connection;

/**
 * @method static void listen(\Closure $callback)
 * @method static array select(string $sql, array $bindings = [])
 * @method static int update(string $sql, array $bindings = [])
 * @method static \Lite\Events\Dispatcher getEventDispatcher()
 */
final class DB
{
    private static ?Connection $resolved = null;

    public static function swap(Connection $connection): void
    {
        self::$resolved = $connection;
    }

    public static function __callStatic(string $method, array $arguments): mixed
    {
        return self::$resolved->{$method}(...$arguments);
    }
}
