<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;
use RuntimeException;

abstract class Facade
{
    protected static ?Container $app = null;

    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function setFacadeApplication(?Container $app): void
    {
        static::$app = $app;
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        if (isset(static::$resolvedInstance[$name])) {
            return static::$resolvedInstance[$name];
        }
        if (static::$app === null) {
            throw new RuntimeException('A facade root has not been set.');
        }

        return static::$resolvedInstance[$name] = static::$app[$name];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
