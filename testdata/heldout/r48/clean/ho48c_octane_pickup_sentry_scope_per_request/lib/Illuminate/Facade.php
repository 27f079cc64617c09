<?php

namespace Illuminate\Support\Facades;

use Illuminate\Foundation\Application;

// Stand-in for Illuminate\Support\Facades\Facade: static calls resolved from the container.
abstract class Facade
{
    protected static ?Application $app = null;

    public static function setFacadeApplication(Application $app): void
    {
        static::$app = $app;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        return static::$app->make(static::getFacadeAccessor());
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
