<?php

namespace Illuminate\Support\Facades;

use Illuminate\Foundation\Application;

abstract class Facade
{
    /** @var array<string, object> resolved roots, kept for the worker's lifetime */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();
        return static::$resolvedInstance[$name] ??= Application::getInstance()->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}
