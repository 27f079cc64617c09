<?php

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

/** Stand-in for Illuminate\Support\Facades\Facade: static proxy to a container service. */
abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

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
