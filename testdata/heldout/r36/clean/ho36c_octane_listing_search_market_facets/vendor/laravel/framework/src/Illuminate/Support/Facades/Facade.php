<?php

namespace Illuminate\Support\Facades;

abstract class Facade
{
    protected static $app;
    protected static array $resolvedInstance = [];

    public static function setFacadeApplication($app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        return static::$resolvedInstance[$name] ??= static::$app[$name];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
