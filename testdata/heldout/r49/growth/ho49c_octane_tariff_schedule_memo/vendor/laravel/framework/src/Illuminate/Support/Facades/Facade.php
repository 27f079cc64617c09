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

    public static function getFacadeRoot(): object
    {
        return static::resolveFacadeInstance(static::getFacadeAccessor());
    }

    protected static function getFacadeAccessor(): string
    {
        throw new RuntimeException('Facade does not implement getFacadeAccessor method.');
    }

    protected static function resolveFacadeInstance(string $name): object
    {
        if (isset(static::$resolvedInstance[$name])) {
            return static::$resolvedInstance[$name];
        }

        return static::$resolvedInstance[$name] = static::$app->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
