<?php

namespace Illuminate\Support\Facades;

use Illuminate\Foundation\Application;

abstract class Facade
{
    protected static ?Application $app = null;

    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    protected static bool $cached = true;

    abstract protected static function getFacadeAccessor(): string;

    public static function setFacadeApplication(?Application $app): void
    {
        static::$app = $app;
    }

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        if (isset(static::$resolvedInstance[$name])) {
            return static::$resolvedInstance[$name];
        }
        $instance = static::$app->make($name);
        if (static::$cached) {
            static::$resolvedInstance[$name] = $instance;
        }
        return $instance;
    }

    public static function clearResolvedInstance(string $name): void
    {
        unset(static::$resolvedInstance[$name]);
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
