<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        return static::$resolvedInstance[$name] ??= Container::getInstance()->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
