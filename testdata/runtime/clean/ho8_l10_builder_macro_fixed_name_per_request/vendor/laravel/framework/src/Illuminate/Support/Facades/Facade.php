<?php

namespace Illuminate\Support\Facades;

abstract class Facade
{
    protected static \Illuminate\Container\Container $app;

    public static function setFacadeApplication($app): void { static::$app = $app; }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::$app->make(static::getFacadeAccessor())->$method(...$args);
    }
}
