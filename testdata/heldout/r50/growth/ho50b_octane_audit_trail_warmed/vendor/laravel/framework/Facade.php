<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

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

        return static::$resolvedInstance[$name] ??= static::$app->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

final class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
