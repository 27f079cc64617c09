<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;
use RuntimeException;

abstract class Facade
{
    protected static ?Container $app = null;

    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    public static function setFacadeApplication(?Container $app): void
    {
        static::$app = $app;
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        if (isset(static::$resolvedInstance[$name])) {
            return static::$resolvedInstance[$name];
        }
        if (static::$app === null) {
            throw new RuntimeException('A facade root has not been set.');
        }

        return static::$resolvedInstance[$name] = static::$app->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

/**
 * @method static mixed remember(string $key, int $ttl, \Closure $callback)
 * @method static mixed get(string $key, mixed $default = null)
 */
class Cache extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'cache';
    }
}

class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
